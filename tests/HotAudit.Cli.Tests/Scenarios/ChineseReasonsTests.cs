using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// Real cases assessed with <c>--lang zh-CN</c>: every reason the engine writes — a clause's 结论说明, a rule's reason
/// for not judging, a finding's note (the signature check's reason, the consent rule's, the monitor's explanation) —
/// reads in Chinese in the workbook and in report.html, while findings.json keeps the English.
/// </summary>
public sealed class ChineseReasonsTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "zh-reasons-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string, string> Cases => new()
    {
        { "samples/quickstart", "internal" },
        { "samples/quickstart", "external" },
        { "tests/conformance/case-5/internal-case", "" },
        { "tests/conformance/case-5/external-case", "" },
    };

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Assess_ZhCn_EveryReasonInTheWorkbookAndHtmlIsChinese(string caseDir, string scenario)
    {
        // Given
        string[] options = scenario.Length == 0 ? [] : ["--scenario", scenario];

        // When
        var exit = await Program.Main(["assess", Path.Combine(RepoPaths.Root, caseDir), "--out", _out, "--lang", "zh-CN", "--format", "xlsx,html,json", .. options]);

        // Then
        exit.Should().BeOneOf(0, 1);
        using var wb = new XLWorkbook(Path.Combine(_out, "report.xlsx"));
        wb.Worksheets.SelectMany(ZhWorkbookWalk.ReasonCells).Should().NotBeEmpty("the case has clause reasons to read");
        ZhWorkbookWalk.EnglishReasons(wb).Should().BeEmpty("a zh-CN reader reads every reason in Chinese");
        HtmlReasons(await File.ReadAllTextAsync(Path.Combine(_out, "report.html"))).Where(EnglishSentence.In)
            .Should().BeEmpty("report.html shows the same reasons in Chinese");
    }

    [Fact]
    public async Task Assess_ZhCn_FindingsJsonKeepsTheEnglishReasons()
    {
        // When
        await Program.Main(["assess", Path.Combine(RepoPaths.Samples, "quickstart"), "--out", _out, "--lang", "zh-CN", "--format", "json"]);

        // Then
        var json = await File.ReadAllTextAsync(Path.Combine(_out, "findings.json"));
        json.Should().Contain("\"HU-EXT-01\": \"no tenants rows in the case\"").And.Contain("missing: a consent_granted of the device before its call")
            .And.NotContain("案例中没有");
    }

    /// <summary>The cells of report.html's tables under a reason heading (结论说明, 理由, 备注, 原因, 说明).</summary>
    private static IEnumerable<string> HtmlReasons(string html) => ReportHtml.ColumnCells(html, "结论说明", "备注", "原因", "理由", "说明");
}
