using System.Globalization;
using HotAudit.Reporting.Charts;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// 趋势 Trends: for each app (at most <see cref="ChartData.MaxApps"/>), the monitor's daily series as two line charts
/// (publishes; the shares) with the data table under them and the days the monitor flagged.
/// </summary>
internal static class TrendsSheet
{
    private const int ChartRows = 16;
    private const int ChartCols = 6;
    private static readonly string[] LineColors = ["#4472C4", "#ED7D31", "#A5A5A5", "#70AD47"];

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        if (!ctx.Result.AnomaliesAssessed)
        {
            NotAssessedSheet.Anomalies(w, ctx);
            return;
        }
        var series = ChartData.Daily(ctx.Result);
        if (series.Count == 0)
        {
            w.Values(ctx.L("没有评分的向量", "no scored vectors"));
        }
        foreach (var s in series)
        {
            Write(w, ctx, s);
            w.Blank();
        }
        w.Widths(14, 14, 22, 22, 22, 12);
    }

    private static void Write(RowWriter w, SheetContext ctx, DailySeries s)
    {
        ctx.BreakBefore(SheetNames.Trends, w.Row);
        w.Section(ctx.L("应用", "App") + ": " + s.AppId);
        w.Values(ctx.L("异常日", "Flagged days"), s.FlaggedDays.Count == 0 ? "-" : string.Join(", ", s.FlaggedDays.Select(Day)));
        var chartRow = w.Row - 1;
        for (var i = 0; i < ChartRows; i++)
        {
            w.Blank();
        }
        w.Header([ctx.L("日期", "Day"), .. ChartData.Features.Select(f => ctx.W(Words.Feature(f))), ctx.L("异常", "Flagged")]);
        var first = w.Row;
        for (var d = 0; d < s.Days.Count; d++)
        {
            w.Values([Day(s.Days[d]), .. ChartData.Features.Select(f => (object?)s.Values[f][d]), ctx.YesNo(s.FlaggedDays.Contains(s.Days[d]))]);
        }
        var days = new ChartRange<string>(1, first, [.. s.Days.Select(Day)]);
        ctx.Charts.Add(new WorkbookChart(SheetNames.Trends, $"{s.AppId}: {ctx.W(Words.Feature(ChartData.Features[0]))}", Line: true, days,
            [Series(ctx, s, 0, first)], (0, chartRow, ChartCols, ChartRows)));
        ctx.Charts.Add(new WorkbookChart(SheetNames.Trends, $"{s.AppId}: {ctx.W(new("占比", "shares"))}", Line: true, days,
            [.. Enumerable.Range(1, ChartData.Features.Count - 1).Select(i => Series(ctx, s, i, first))], (ChartCols, chartRow, ChartCols + 2, ChartRows)));
    }

    private static ChartSeries Series(SheetContext ctx, DailySeries s, int feature, int firstRow) =>
        new(ctx.W(Words.Feature(ChartData.Features[feature])), new ChartRange<double?>(feature + 2, firstRow, s.Values[ChartData.Features[feature]]), [LineColors[feature]]);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
