using System.Globalization;
using System.Net;
using System.Text;
using HotAudit.History;
using HotAudit.Reporting;

namespace HotAudit.Worker.Web;

/// <summary>
/// The index page, in Chinese and English: per case, a chart of findings by severity across its runs (from two runs on,
/// a single run has no trend) and the runs, newest first, with times in the configured zone and its offset.
/// </summary>
internal static class WebPage
{
    private const string Style =
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px}" +
        "th{background:#D9E1F2}figure{max-width:720px;margin:.5em 0}svg{max-width:100%;height:auto}";

    /// <param name="runs">Every run of the history.</param>
    /// <param name="now">The page's time.</param>
    /// <param name="zone">The zone times are shown in.</param>
    /// <param name="streams">Whether the worker has live streams (the page then links to theirs).</param>
    public static string Render(IReadOnlyList<RunSummary> runs, DateTimeOffset now, TimeZoneInfo zone, bool streams = false)
    {
        var sb = new StringBuilder();
        Head(sb, "HotAudit 评估记录 / runs").Append("<h1>HotAudit 评估记录 / runs</h1>\n<p>")
            .Append(E($"{runs.Count} 次评估 / run(s); 页面生成于 / page made {Iso(now, zone)} ({zone.Id})")).Append("</p>\n");
        if (streams)
        {
            sb.Append("<p><a href=\"/streams\">").Append(E("实时流及其最新发现 / live streams and their newest findings")).Append("</a></p>\n");
        }
        var number = 0;
        foreach (var group in runs.GroupBy(r => r.Case, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Case(sb, group.Key, [.. group.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)], runs, zone, ++number);
        }
        return sb.Append("</body></html>\n").ToString();
    }

    /// <summary>An error page (404, 410) saying in both languages what happened and linking back to the list.</summary>
    public static string Error(int status, string zh, string en) =>
        Head(new StringBuilder(), $"{status} — HotAudit").Append($"<h1>{status}</h1>\n<p>").Append(E(zh)).Append("</p>\n<p>").Append(E(en))
            .Append("</p>\n<p><a href=\"/\">").Append(E("返回评估记录 / back to the runs")).Append("</a></p>\n</body></html>\n").ToString();

    private static StringBuilder Head(StringBuilder sb, string title) =>
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\" /><title>").Append(E(title)).Append("</title><style>")
            .Append(Style).Append("</style></head><body>");

    private static void Case(StringBuilder sb, string name, List<RunSummary> runs, IReadOnlyList<RunSummary> all, TimeZoneInfo zone, int number)
    {
        sb.Append("<section class=\"case\"><h2>").Append(E(name)).Append("</h2>\n");
        if (runs.Count >= 2)
        {
            var chronological = runs.AsEnumerable().Reverse().Select(r => (TimeZoneInfo.ConvertTime(r.StartedAt, zone).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture),
                (IReadOnlyList<int>)[r.Severities.Critical, r.Severities.High, r.Severities.Medium, r.Severities.Low, r.Severities.Info])).ToList();
            sb.Append("<figure>").Append(RunTrendChart.Svg($"{name}: 各次评估的发现 / findings per run", chronological, $"case-{number}")).Append("</figure>\n");
        }
        sb.Append("<table class=\"runs\"><thead><tr>");
        foreach (var h in Headers())
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }
        sb.Append("</tr></thead><tbody>\n");
        foreach (var r in runs)
        {
            Row(sb, r, all, zone);
        }
        sb.Append("</tbody></table></section>\n");
    }

    private static IEnumerable<string> Headers() =>
        ["#", $"开始时间 / started", "来源 / source", "总体结论 / overall", "检测者代码 / tester code", .. RunWords.Severities,
            "新增 / new", "已解决 / resolved", "报告 / reports"];

    private static void Row(StringBuilder sb, RunSummary r, IReadOnlyList<RunSummary> all, TimeZoneInfo zone)
    {
        var s = r.Severities;
        sb.Append("<tr>");
        foreach (var cell in new object?[] { r.Id, Iso(r.StartedAt, zone), r.Source, RunWords.Overall(r.Overall), r.TesterCode ?? "-",
            s.Critical, s.High, s.Medium, s.Low, s.Info, r.New, r.Resolved })
        {
            sb.Append("<td>").Append(E(Convert.ToString(cell, CultureInfo.InvariantCulture))).Append("</td>");
        }
        sb.Append(WebRun.HoldsItsReports(r, all)
            ? $"<td><a href=\"/runs/{r.Id}/report.html\">html</a> <a href=\"/runs/{r.Id}/report.xlsx\">xlsx</a></td></tr>\n"
            : "<td>已被后续评估覆盖 / replaced by a later run</td></tr>\n");
    }

    /// <summary>A time in the zone, ISO 8601 with its offset.</summary>
    private static string Iso(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
