using System.Text;
using FluentAssertions;
using HotAudit.Core.Time;
using Xunit;

namespace HotAudit.Core.Tests.Time;

public sealed class TimestampsAsciiTests
{
    [Theory]
    [InlineData("2026-05-01 10:00:00")]
    [InlineData("2026-05-01T23:59:59")]
    [InlineData("2024-02-29 00:00:00")]
    [InlineData("2025-02-29 00:00:00")]
    [InlineData("2026-13-01 00:00:00")]
    [InlineData("2026-00-01 00:00:00")]
    [InlineData("2026-05-00 00:00:00")]
    [InlineData("0000-01-01 00:00:00")]
    [InlineData("2026-05-01 24:00:00")]
    [InlineData("2026-05-01 10:60:00")]
    [InlineData("2026-05-01 10:00:60")]
    [InlineData("1999-12-31 23:59:59")]
    [InlineData("2000-01-01 07:59:59")]
    [InlineData("2100-12-31 23:59:59")]
    [InlineData("2026-05-01x10:00:00")]
    [InlineData("2026-5-01 10:00:000")]
    [InlineData("2026-05-01 10:00:00Z")]
    [InlineData("2026-05-01")]
    [InlineData("123456789")]
    [InlineData("1777600000")]
    [InlineData("17776000001")]
    [InlineData("177760000012")]
    [InlineData("1777600000123")]
    [InlineData("99999999999999")]
    [InlineData("12345678")]
    [InlineData("123456789012345")]
    [InlineData("17776000a0")]
    public void TryParseCommonAscii_WhenItAnswers_AgreesWithTryParse(string text)
    {
        var offset = TimeSpan.FromHours(8);
        var full = Timestamps.TryParse(text, offset, out var expected, out _);

        if (Timestamps.TryParseCommonAscii(Encoding.ASCII.GetBytes(text), offset, out var ticks))
        {
            full.Should().BeTrue();
            ticks.Should().Be(expected);
        }
        else if (full)
        {
            // Only forms other than the two common ones are left to the full parser when they are valid.
            (text.Length == 19 || (text.Length is >= 9 and <= 14 && text.All(char.IsAsciiDigit))).Should().BeFalse();
        }
    }
}
