using System.Globalization;
using System.Net;
using System.Text;
using HotAudit.History;
using HotAudit.Reporting;

namespace HotAudit.Cli.Web;

/// <summary>The index page: per case, a chart of findings by severity across runs and the runs, newest first.</summary>
internal static class WebPage
{
    public static string Render(IReadOnlyList<RunSummary> runs, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" /><title>HotAudit runs</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px}th{background:#D9E1F2}svg{max-width:100%;height:auto}")
            .Append("</style></head><body><h1>HotAudit runs / 评估记录</h1>\n<p>")
            .Append(E($"{runs.Count} run(s), page made {now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}")).Append("</p>\n");
        var number = 0;
        foreach (var group in runs.GroupBy(r => r.Case, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Case(sb, group.Key, [.. group.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)], runs, ++number);
        }
        return sb.Append("</body></html>\n").ToString();
    }

    private static void Case(StringBuilder sb, string name, List<RunSummary> runs, IReadOnlyList<RunSummary> all, int number)
    {
        sb.Append("<section class=\"case\"><h2>").Append(E(name)).Append("</h2>\n");
        var chronological = runs.AsEnumerable().Reverse().Select(r => (r.StartedAt.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture),
            (IReadOnlyList<int>)[r.Severities.Critical, r.Severities.High, r.Severities.Medium, r.Severities.Low, r.Severities.Info])).ToList();
        sb.Append("<figure>").Append(RunTrendChart.Svg(name, chronological, $"case-{number}")).Append("</figure>\n");
        sb.Append("<table class=\"runs\"><thead><tr><th>#</th><th>started</th><th>source</th><th>overall</th><th>tester code</th>")
            .Append("<th>critical</th><th>high</th><th>medium</th><th>low</th><th>info</th><th>new</th><th>resolved</th><th>reports</th></tr></thead><tbody>\n");
        foreach (var r in runs)
        {
            var s = r.Severities;
            sb.Append("<tr>");
            foreach (var cell in new object[] { r.Id, r.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture), r.Source, r.Overall, r.TesterCode,
                s.Critical, s.High, s.Medium, s.Low, s.Info, r.New, r.Resolved })
            {
                sb.Append("<td>").Append(E(Convert.ToString(cell, CultureInfo.InvariantCulture))).Append("</td>");
            }
            sb.Append(WebRun.HoldsItsReports(r, all)
                ? $"<td><a href=\"/runs/{r.Id}/report.html\">html</a> <a href=\"/runs/{r.Id}/report.xlsx\">xlsx</a></td></tr>\n"
                : "<td>replaced by a later run / 已被后续评估覆盖</td></tr>\n");
        }
        sb.Append("</tbody></table></section>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
