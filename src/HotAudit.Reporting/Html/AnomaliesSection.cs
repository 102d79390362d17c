using System.Globalization;
using HotAudit.Reporting.Charts;

namespace HotAudit.Reporting.Html;

/// <summary>The monitor's flagged vectors with their explanation, and per app the daily series it scored, charted.</summary>
internal static class AnomaliesSection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        var r = ctx.Result;
        p.Open("section", "anomalies").Element("h2", ctx.L("异常", "Anomalies"));
        if (!r.AnomaliesAssessed)
        {
            p.Element("p", ctx.L("异常监测未运行", "the anomaly monitor did not run")).Close("section");
            return;
        }
        var flagged = r.Anomalies.Where(v => v.Flagged).ToList();
        p.Element("p", ctx.L($"评分向量 {r.Anomalies.Count} 个, 异常 {flagged.Count} 个", $"{r.Anomalies.Count} vectors scored, {flagged.Count} flagged"));
        p.Table(
            "anomalies-flagged",
            [ctx.L("应用", "App"), ctx.L("应用版本", "App version"), ctx.L("日期", "Day"), ctx.L("评分", "Score"), ctx.L("最小 p 值", "Smallest p"), ctx.L("说明", "Explanation")],
            flagged.Select(v => (IReadOnlyList<object?>)[v.AppId, v.AppVersion, Day(v.Day), v.Score, SmallestP(v), ctx.W(Words.Explanation(v))]));
        var series = ChartData.Daily(r);
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var title = ctx.One("每日发布", "Daily publishes") + ": " + s.AppId;
            ChartsSection.Figure(p, "chart-daily-" + (i + 1), title, SvgCharts.Daily(
                ctx.Chart("每日发布", "Daily publishes") + ": " + s.AppId, s, ChartData.Features.Take(1).ToList(), ctx.Chart("次数", "publishes"), f => ctx.Chart(Words.Feature(f))));
            title = ctx.One("每日占比", "Daily shares") + ": " + s.AppId;
            ChartsSection.Figure(p, "chart-shares-" + (i + 1), title, SvgCharts.Daily(
                ctx.Chart("每日占比", "Daily shares") + ": " + s.AppId, s, ChartData.Features.Skip(1).ToList(), "%", f => ctx.Chart(Words.Feature(f))));
            p.Element("p", ctx.L("异常日", "Flagged days") + ": " + (s.FlaggedDays.Count == 0 ? "-" : string.Join(", ", s.FlaggedDays.Select(Day))), "flagged-days");
        }
        p.Close("section");
    }

    /// <summary>The smallest p-value of the vector's features (the evidence behind its score), e.g. 2e-05; "-" when none was scored.</summary>
    private static string SmallestP(Core.Monitoring.ScoredVector v) =>
        v.Features.Where(f => f.PValue is not null).Select(f => f.PValue!.Value).DefaultIfEmpty(double.NaN).Min() is var p && double.IsNaN(p)
            ? "-" : p.ToString("0.#e0", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
