using FluentAssertions;
using Xunit;

namespace HotAudit.Reporting.Tests;

/// <summary>The one sanitizer of text bound for XML (workbook cells, report.html, junit.xml).</summary>
public sealed class XmlTextTests
{
    [Theory]
    [InlineData("plain 中文", "plain 中文")]
    [InlineData("a\u0001b\u001Fc", "a\uFFFDb\uFFFDc")]
    [InlineData("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept")]
    public void Sanitize_Text_WhatXmlCannotCarryBecomesReplacementCharacter(string text, string expected)
    {
        XmlText.Sanitize(text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0xD83D)]
    [InlineData(0xDE00)]
    public void Sanitize_LoneSurrogate_BecomesReplacementCharacter(int surrogate)
    {
        // Built here: a lone surrogate does not survive the test's own serialization as an attribute argument.
        var text = "lone " + (char)surrogate + " end";

        XmlText.Sanitize(text).Should().Be("lone \uFFFD end");
    }

    [Fact]
    public void Sanitize_LongerThanTheLimit_CutAtIt()
    {
        XmlText.Sanitize("abc\u0002def", maxChars: 5).Should().Be("abc\uFFFDd");
    }
}
