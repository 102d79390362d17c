using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// 数据质量 Data quality: per input file, then rejected rows, other issues, rules that could not judge, and the clauses
/// whose evidence is insufficient.
/// </summary>
internal static class DataQualitySheet
{
    private const int FirstLines = 10;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        WriteFiles(w, ctx);
        w.Blank();
        WriteRejections(w, ctx);
        w.Blank();
        WriteIssues(w, ctx);
        w.Blank();
        w.Section(ctx.L("未能判定的规则", "Rules not judged"));
        w.Header(ctx.L("规则", "Rule"), ctx.L("原因", "Reason"));
        foreach (var (rule, reason) in ctx.Result.RulesNotJudged.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Values(rule, ctx.W(reason));
        }
        w.Blank();
        var thin = ctx.Result.Clauses.Where(c => c.Verdict == Verdict.InsufficientEvidence).Select(c => c.Clause.Id).ToList();
        w.Values(
            ctx.L("证据不足的条款", "Clauses with insufficient evidence"),
            thin.Count == 0 ? ctx.L("无", "none") : string.Join(", ", thin));
        w.Widths(30, 12, 44, 30, 10, 10, 10, 20, 20, 30);
    }

    private static void WriteFiles(RowWriter w, SheetContext ctx)
    {
        var tz = " (UTC" + Names.Of(ctx.Offset) + ")";
        w.Section(ctx.L("输入文件", "Input files"));
        w.Header(
            ctx.L("文件", "File"), ctx.L("类型", "Kind"), ctx.L("格式", "Format"), ctx.L("编码", "Encoding"),
            ctx.L("行数", "Rows"), ctx.L("拒绝", "Rejected"), ctx.L("重复", "Duplicates"), ctx.L("最早", "First") + tz,
            ctx.L("最晚", "Last") + tz, ctx.L("错误", "Error"));
        foreach (var f in ctx.Result.DataQuality.Files)
        {
            w.Values(
                f.Name, f.Kind.Prefix(), f.Format, f.Encoding, f.Rows, f.Rejected, f.Duplicates,
                LocalTime.OfOptional(f.FirstTs, ctx.Offset), LocalTime.OfOptional(f.LastTs, ctx.Offset), f.Error is null ? null : ctx.M(f.Error));
        }
    }

    private static void WriteRejections(RowWriter w, SheetContext ctx)
    {
        w.Section(ctx.L("被拒绝的行 (按文件和原因归组; 全部行见 rejections.csv 和 findings.json)",
            "Rejected rows (grouped by file and reason; every row is in rejections.csv and findings.json)"));
        Groups(w, ctx, ctx.L("原因", "Reason"), ctx.Result.DataQuality.Rejections.Select(r => (r.File, r.Line, ctx.W(RejectionWords.Of(r)))));
    }

    private static void WriteIssues(RowWriter w, SheetContext ctx)
    {
        w.Section(ctx.L("其他数据问题 (按文件和问题归组)", "Other data issues (grouped by file and issue)"));
        Groups(w, ctx, ctx.L("问题", "Issue"), ctx.Result.DataQuality.Issues.Select(i => (i.File, i.Line, $"{i.Field}: {ctx.M(i.Message)}")));
    }

    /// <summary>One row per (file, reason): how many rows, and the first of their lines.</summary>
    private static void Groups(RowWriter w, SheetContext ctx, string reasonLabel, IEnumerable<(string File, int Line, string Reason)> rows)
    {
        w.Header(ctx.L("文件", "File"), ctx.L("行数", "Rows"), reasonLabel, ctx.L($"前 {FirstLines} 行的行号", $"First {FirstLines} lines"));
        var groups = rows.GroupBy(r => (r.File, r.Reason)).OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenByDescending(g => g.Count());
        foreach (var g in groups)
        {
            var lines = g.Select(r => r.Line).Order().ToList();
            var first = string.Join(", ", lines.Take(FirstLines)) + (lines.Count > FirstLines ? ", …" : string.Empty);
            w.Values(g.Key.File, lines.Count, g.Key.Reason, first).Cell(3).Restyle(s => s with { Wrap = true });
        }
    }
}
