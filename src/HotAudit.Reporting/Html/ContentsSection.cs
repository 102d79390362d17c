namespace HotAudit.Reporting.Html;

/// <summary>The contents: a link to each section of the page (and, printed, the order of the pages that follow).</summary>
internal static class ContentsSection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        p.Open("nav", "contents").Element("h2", ctx.L("目录", "Contents")).Open("ol");
        foreach (var (id, zh, en) in Sections(ctx))
        {
            p.Open("li").Link("#" + id, ctx.L(zh, en)).Close("li");
        }
        p.Close("ol").Close("nav");
    }

    private static IEnumerable<(string Id, string Zh, string En)> Sections(HtmlContext ctx)
    {
        yield return ("charts", "图表", "Charts");
        yield return ("clauses-section", "条款", "Clauses");
        yield return ("findings", $"发现 ({ctx.Result.Findings.Count})", $"Findings ({ctx.Result.Findings.Count})");
        yield return ("anomalies", "异常", "Anomalies");
        yield return ("traceability", "追溯", "Traceability");
        yield return ("data-quality", "数据质量", "Data quality");
    }
}
