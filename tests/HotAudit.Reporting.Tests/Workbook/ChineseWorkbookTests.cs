using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

/// <summary>
/// The zh-CN workbook walked cell by cell: no identifier of the model (verdicts, severities, strengths, scenarios,
/// changes, the overall verdict, the monitor's feature names, yes/no) stands where a reader needs a word.
/// </summary>
public sealed class ChineseWorkbookTests
{
    private static readonly HashSet<string> Identifiers = BuildIdentifiers();

    public static TheoryData<string> Results => ["sample", "hostile"];

    [Theory]
    [MemberData(nameof(Results))]
    public void Write_ZhCn_NoVisibleCellIsAnEnglishIdentifier(string which)
    {
        var result = which == "sample" ? Some.Result() : HostileResult.Build();
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var offenders = wb.Worksheets.SelectMany(ws => ws.CellsUsed()
                .Where(c => c.DataType == XLDataType.Text && !ws.Row(c.Address.RowNumber).IsHidden && !ws.Column(c.Address.ColumnNumber).IsHidden)
                .Where(c => !IsInputValue(ws, c) && IsIdentifier(c.GetString()))
                .Select(c => $"{ws.Name}!{c.Address}: {c.GetString()}"))
            .ToList();

        offenders.Should().BeEmpty("a zh-CN reader sees words (符合, 高, 应, 企业内部使用 ...), never identifiers");
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void Write_ZhCn_NoReasonIsAnEnglishSentence(string which)
    {
        var result = which == "sample" ? Some.Result() : HostileResult.Build();
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        ZhWorkbookWalk.ReasonCells(wb.Worksheet("条款 Clauses")).Should().NotBeEmpty("the walk finds the clauses' reasons");
        ZhWorkbookWalk.EnglishReasons(wb).Should().BeEmpty("a zh-CN reader reads the reasons and notes in Chinese");
    }

    [Fact]
    public void Write_ZhCn_SummarySaysTesterAsTheStandardWritesIt()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(Some.Result(), ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var labels = wb.Worksheet("概览 Summary").Column(1).CellsUsed().Select(c => c.GetString()).ToList();

        labels.Should().Contain(l => l.StartsWith("检测者代码", StringComparison.Ordinal)).And.NotContain(l => l.Contains("检验者"));
    }

    [Fact]
    public void Write_ZhCnFlaggedDay_ExplanationIsChineseWithTheSameNumbers()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(ExplainedResult.Build(), ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var sheet = wb.Worksheets.Single(ws => ws.Name.EndsWith("Anomalies", StringComparison.Ordinal));
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString().Contains("Explanation", StringComparison.Ordinal)).Address.ColumnNumber;

        sheet.Cell(2, column).GetString().Should().Be(ExplainedResult.Chinese, "a zh-CN reader reads the monitor's reasons in Chinese");
    }

    [Fact]
    public void Write_ZhCnFlaggedDay_UsualColumnsHeadedInChineseOnly()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(ExplainedResult.Build(), ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var headers = wb.Worksheets.Single(ws => ws.Name.EndsWith("Anomalies", StringComparison.Ordinal)).Row(1).CellsUsed().Select(c => c.GetString()).ToList();

        headers.Should().Contain(h => h.EndsWith(" 通常", StringComparison.Ordinal)).And.NotContain(h => h.Contains("usual", StringComparison.Ordinal),
            "a feature's usual range is headed 发布次数 通常, not 发布次数 通常 /  usual");
    }

    [Fact]
    public void Write_En_ExplanationStaysEnglish()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(ExplainedResult.Build(), ms, "en");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var sheet = wb.Worksheets.Single(ws => ws.Name.EndsWith("Anomalies", StringComparison.Ordinal));

        sheet.Row(2).CellsUsed().Select(c => c.GetString()).Should().Contain(ExplainedResult.English).And.NotContain(ExplainedResult.Chinese);
    }

    /// <summary>The Evidence sheet's field values are the input's own (event=patch_apply), shown as the file has them.</summary>
    private static bool IsInputValue(IXLWorksheet ws, IXLCell c) =>
        ws.Name == "证据 Evidence" && c.Address.RowNumber > 1 && c.Address.ColumnNumber > 6;

    /// <summary>A cell that is an identifier: one of the model's, or any snake_case word standing alone (or before " z").</summary>
    private static bool IsIdentifier(string text)
    {
        var value = text.EndsWith(" z", StringComparison.Ordinal) ? text[..^2] : text;
        return Identifiers.Contains(value) || System.Text.RegularExpressions.Regex.IsMatch(value, "^[a-z]+(_[a-z]+)+$");
    }

    private static HashSet<string> BuildIdentifiers()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal)
        {
            "nonconformant", "incomplete", "conformant_with_observations", "conformant",
            "critical", "high", "medium", "low", "info", "shall", "should", "internal", "external",
            "new", "unchanged", "resolved", "yes", "no", "publishes", "shares",
        };
        ids.UnionWith(Enum.GetValues<Verdict>().Select(v => v.Name()));
        ids.UnionWith(Enum.GetValues<Severity>().Select(s => s.ToString().ToLowerInvariant()));
        ids.UnionWith(Enum.GetValues<Change>().Select(c => c.ToString().ToLowerInvariant()));
        return ids;
    }
}
