using HotAudit.Core.Clauses;
using HotAudit.Reporting.Charts;

namespace HotAudit.Reporting.Html;

/// <summary>The summary charts: clause verdicts and findings by severity, as inline SVG.</summary>
internal static partial class ChartsSection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        var r = ctx.Result;
        p.Open("section", "charts").Element("h2", ctx.L("图表", "Charts"));
        Figure(p, "chart-verdicts", ctx.L("条款结论", "Clause verdicts"), SvgCharts.Bars(
            ctx.Chart("条款结论", "Clause verdicts"),
            [.. ChartData.Verdicts(r).Select(v => (ctx.Chart(Words.Of(v.Verdict)), (double)v.Count, ChartColors.Of(v.Verdict)))]));
        Figure(p, "chart-severities", ctx.L("发现按严重度", "Findings by severity"), SvgCharts.Bars(
            ctx.Chart("发现按严重度", "Findings by severity"),
            [.. ChartData.Severities(r).Select(s => (ctx.Chart(Words.Of(s.Severity)), (double)s.Count, ChartColors.Of(s.Severity)))]));
        p.Close("section");
    }

    /// <summary>A figure with an SVG chart (its internal ids scoped to the figure) and its caption.</summary>
    public static void Figure(HtmlPage p, string id, string caption, string svg) =>
        p.Open("figure", id, "chart").Raw(Scoped(svg, id)).Element("figcaption", caption).Close("figure");

    /// <summary>
    /// Every chart names its clip paths alike (cl_1, ...); ids are page-wide, so without a prefix each chart would clip
    /// by the first chart's rectangles.
    /// </summary>
    internal static string Scoped(string svg, string prefix) =>
        IdReference().Replace(svg, m => m.Groups["open"].Value + prefix + "-" + m.Groups["name"].Value);

    [System.Text.RegularExpressions.GeneratedRegex("(?<open>id=\"|url\\(#|href=\"#)(?<name>[A-Za-z_][\\w.-]*)")]
    private static partial System.Text.RegularExpressions.Regex IdReference();
}
