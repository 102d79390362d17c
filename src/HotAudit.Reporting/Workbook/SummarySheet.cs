using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Workbook;

/// <summary>概览 Summary: the case, the overall verdict, the tester code, counts and data coverage.</summary>
internal static class SummarySheet
{
    /// <summary>The charts sit right of the four columns of text (0-based column index).</summary>
    private const int ChartColumn = 5;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var r = ctx.Result;
        var title = w.Values(ctx.L("HotAudit 热更新合规评估报告", "HotAudit hot-update compliance report"));
        title.Cell(1).Restyle(s => s with { Bold = true, FontSize = 16 });
        w.Blank();
        WriteCase(w, ctx);
        var overall = w.Values(ctx.L("总体结论", "Overall verdict"), ctx.W(Words.Overall(r.Overall)));
        overall.Cell(2).Restyle(s => s with { Bold = true });
        w.Wrapped(ctx.L("结论说明", "Why"), ctx.W(OverallExplanation.Of(r)), 50);
        var code = w.Values(ctx.L("检测者代码 (T/TAF 084.4)", "Tester code (T/TAF 084.4)"), r.TesterCode ?? "—");
        code.Cell(2).Restyle(s => s with { Bold = true, FontSize = 28 });
        code.Height = 40;
        ToBeSignedSection.Fill(w, ctx);
        w.Blank();
        WriteVerdictCounts(w, ctx);
        w.Blank();
        WriteSeverityCounts(w, ctx);
        w.Blank();
        WriteCoverage(w, ctx);
        w.Widths(44, 50, 12, 14);
    }

    private static void WriteCase(RowWriter w, SheetContext ctx)
    {
        var c = ctx.Result.Case;
        w.Values(ctx.L("案例", "Case"), c.Id);
        w.Values(ctx.L("场景", "Scenario"), ctx.W(Words.Of(c.Scenario)));
        w.Values(ctx.L("标准", "Standard"), c.StandardLabel);
        var inferred = c.PeriodFromData ? $" ({ctx.L("由数据推断", "inferred from the data")})" : string.Empty;
        w.Values(ctx.L("评估期", "Period"), c.HasPeriod ? $"{ctx.Iso(c.PeriodFrom)} .. {ctx.Iso(c.PeriodUntil)}{inferred}"
            : ctx.L("无 (没有可用的数据)", "none (no usable rows)"));
        w.Values(ctx.L("时区", "Time zone"), "UTC" + Names.Of(c.Offset));
        if (c.App is { } app)
        {
            w.Values(ctx.L("被测应用", "App under test"), $"{app.Name} {app.Version}".Trim());
        }
    }

    private static void WriteVerdictCounts(RowWriter w, SheetContext ctx)
    {
        w.Section(ctx.L("条款结论统计", "Clauses by verdict"));
        w.Header(ctx.L("结论", "Verdict"), ctx.L("条款数", "Clauses"));
        var first = w.Row;
        var counts = Charts.ChartData.Verdicts(ctx.Result);
        foreach (var (v, count) in counts)
        {
            var row = w.Values(ctx.W(Words.Of(v)), count);
            Palette.Fill(row.Cell(1), Palette.Of(v));
        }
        ctx.Charts.Add(new WorkbookChart(
            SheetNames.Summary, ctx.L("条款结论", "Clause verdicts"), Line: false,
            new ChartRange<string>(1, first, [.. counts.Select(c => ctx.W(Words.Of(c.Verdict)))]),
            [new ChartSeries(ctx.L("条款数", "Clauses"), new ChartRange<double?>(2, first, [.. counts.Select(c => (double?)c.Count)]),
                [.. counts.Select(c => Charts.ChartColors.Of(c.Verdict))])],
            (ChartColumn, 0, 8, 18)));
    }

    private static void WriteSeverityCounts(RowWriter w, SheetContext ctx)
    {
        w.Section(ctx.L("发现按严重度", "Findings by severity"));
        w.Header(ctx.L("严重度", "Severity"), ctx.L("发现", "Findings"), ctx.L("已豁免", "Waived"), ctx.L("范围外", "Out of scope"));
        var first = w.Row;
        var severities = Enum.GetValues<Severity>().Reverse().ToList();
        foreach (var s in severities)
        {
            var of = ctx.Result.Findings.Where(f => f.Rule.Severity == s).ToList();
            var row = w.Values(ctx.W(Words.Of(s)), of.Count, of.Count(f => f.Waived), of.Count(f => !f.InScope));
            Palette.Fill(row.Cell(1), Palette.Of(s));
        }
        ctx.Charts.Add(new WorkbookChart(
            SheetNames.Summary, ctx.L("发现按严重度", "Findings by severity"), Line: false,
            new ChartRange<string>(1, first, [.. severities.Select(s => ctx.W(Words.Of(s)))]),
            [new ChartSeries(ctx.L("发现", "Findings"), new ChartRange<double?>(2, first, [.. severities.Select(s => (double?)ctx.Result.Findings.Count(f => f.Rule.Severity == s))]),
                [.. severities.Select(Charts.ChartColors.Of)])],
            (ChartColumn, 19, 8, 18)));
    }

    private static void WriteCoverage(RowWriter w, SheetContext ctx)
    {
        var q = ctx.Result.DataQuality;
        w.Section(ctx.L("数据覆盖", "Data coverage"));
        w.Values(ctx.L("输入文件", "Input files"), q.Files.Count);
        w.Values(ctx.L("读取行数", "Rows read"), q.RowsRead);
        w.Values(ctx.L("拒绝行数", "Rows rejected"), q.RowsRejected);
        w.Values(ctx.L("重复行数", "Duplicates dropped"), q.Duplicates);
        if (!ctx.Result.HasBaseline)
        {
            return;
        }
        w.Blank();
        w.Section(ctx.L("与上次评估相比", "Since the previous run"));
        w.Values(ctx.L("新增", "New"), ctx.Result.Findings.Count(f => f.Change == Change.New));
        w.Values(ctx.L("已解决", "Resolved"), ctx.Result.Resolved.Count);
        w.Values(ctx.L("未变", "Unchanged"), ctx.Result.Findings.Count(f => f.Change == Change.Unchanged));
    }
}
