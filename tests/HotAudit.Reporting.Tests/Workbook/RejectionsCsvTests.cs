using FluentAssertions;
using HotAudit.Core.Quality;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

/// <summary>rejections.csv: every rejected row, quoted as RFC 4180 says, and never a formula when a spreadsheet opens it.</summary>
public sealed class RejectionsCsvTests
{
    [Fact]
    public void Write_HostileValues_QuotedAndNeverAFormula()
    {
        using var ms = new MemoryStream();
        RejectionsCsv.Write([new Rejection("a,b.csv", 7, "=HYPERLINK(\"x\")", "-1 is not a \"count\"\nsecond line")], ms);

        var text = System.Text.Encoding.UTF8.GetString(ms.ToArray()).TrimStart('\uFEFF');

        text.Should().Be("file,line,field,reason\r\n\"a,b.csv\",7,\"'=HYPERLINK(\"\"x\"\")\",\"'-1 is not a \"\"count\"\"\nsecond line\"\r\n");
    }

    [Theory]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Field_LeadingFormulaCharacter_Apostrophe(string value, string expected) =>
        RejectionsCsv.Field(value).Should().Be(expected);
}
