using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;

namespace HotAudit.Reporting.Html;

/// <summary>Data quality: input files, rejected rows, other issues, rules not judged, notices.</summary>
internal static class QualitySection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        var q = ctx.Result.DataQuality;
        p.Open("section", "data-quality").Element("h2", ctx.L("数据质量", "Data quality"));
        p.Element("h3", ctx.L("输入文件", "Input files"));
        p.Table(
            "files",
            [ctx.L("文件", "File"), ctx.L("类型", "Kind"), ctx.L("格式", "Format"), ctx.L("编码", "Encoding"), ctx.L("行数", "Rows"),
                ctx.L("拒绝", "Rejected"), ctx.L("重复", "Duplicates"), ctx.L("最早", "First") + ctx.Tz, ctx.L("最晚", "Last") + ctx.Tz, ctx.L("错误", "Error")],
            q.Files.Select(f => (IReadOnlyList<object?>)[
                f.Name, f.Kind.Prefix(), f.Format, f.Encoding, f.Rows, f.Rejected, f.Duplicates, ctx.Iso(f.FirstTs), ctx.Iso(f.LastTs), f.Error is null ? null : ctx.M(f.Error)]));
        p.Element("h3", ctx.L("被拒绝的行 (按文件和原因归组; 全部行见 findings.json)", "Rejected rows (grouped by file and reason; every row is in findings.json)"));
        p.Table(
            "rejections",
            [ctx.L("文件", "File"), ctx.L("行数", "Rows"), ctx.L("原因", "Reason"), ctx.L("前 10 行的行号", "First 10 lines")],
            q.Rejections.GroupBy(r => (r.File, Reason: ctx.W(RejectionWords.Of(r)))).Select(g => (IReadOnlyList<object?>)[
                g.Key.File, g.Count(), g.Key.Reason, string.Join(", ", g.Select(r => r.Line).Order().Take(10)) + (g.Count() > 10 ? ", …" : "")]));
        p.Element("h3", ctx.L("其他数据问题", "Other data issues"));
        p.Table(
            "issues",
            [ctx.L("文件", "File"), ctx.L("行", "Line"), ctx.L("字段", "Field"), ctx.L("问题", "Issue")],
            q.Issues.Select(i => (IReadOnlyList<object?>)[i.File, i.Line, i.Field, ctx.M(i.Message)]));
        p.Element("h3", ctx.L("未能判定的规则", "Rules not judged"));
        p.Table(
            "not-judged",
            [ctx.L("规则", "Rule"), ctx.L("原因", "Reason")],
            ctx.Result.RulesNotJudged.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (IReadOnlyList<object?>)[x.Key, ctx.W(x.Value)]));
        var thin = ctx.Result.Clauses.Where(c => c.Verdict == Verdict.InsufficientEvidence).Select(c => c.Clause.Id).ToList();
        p.Element("p", ctx.L("证据不足的条款", "Clauses with insufficient evidence") + ": " + (thin.Count == 0 ? ctx.L("无", "none") : string.Join(", ", thin)));
        p.Element("h3", ctx.L("运行消息", "Notices"));
        p.Open("ul", "notices");
        foreach (var n in ctx.Result.Notices)
        {
            p.Element("li", ctx.M(n));
        }
        p.Close("ul").Close("section");
    }
}
