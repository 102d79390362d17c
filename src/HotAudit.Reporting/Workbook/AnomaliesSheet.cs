using System.Globalization;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// 异常 Anomalies: every (app, app version, day) the monitor scored, flagged rows first, with its score (a colour scale),
/// flag, explanation (with each named feature's evidence), the model's and the single features' surprise (−log10 p), and each
/// feature's value, p-value and usual range.
/// </summary>
internal static class AnomaliesSheet
{
    private const int ScoreColumn = 4;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var vectors = ctx.Result.Anomalies;
        if (!ctx.Result.AnomaliesAssessed)
        {
            NotAssessedSheet.Anomalies(w, ctx);
            return;
        }
        var features = vectors.FirstOrDefault()?.Features.Select(f => f.Name).ToList() ?? [];
        w.Header([
            ctx.L("应用", "App"), ctx.L("应用版本", "App version"), ctx.L("日期", "Day"), ctx.L("评分", "Score"), ctx.L("异常", "Flagged"),
            ctx.L("说明", "Explanation"), ctx.L("模型评分", "Model score"), ctx.L("突增评分", "Spike score"),
            .. features.SelectMany(f => new[] { ctx.W(Words.Feature(f)), ctx.W(Words.Feature(f)) + " p", ctx.W(Words.Feature(f)) + ctx.W(new(" 通常", " usual")) }),
        ]);
        foreach (var v in vectors)
        {
            var row = w.Values([
                v.AppId, v.AppVersion, v.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Score, ctx.YesNo(v.Flagged), ctx.W(Words.Explanation(v)),
                v.ModelScore, v.SpikeScore, .. v.Features.SelectMany(f => new object?[] { f.Value, f.PValue, Usual(f) }),
            ]);
            if (v.Flagged)
            {
                row.Cell(5).Restyle(s => s with { Bold = true });
            }
        }
        var last = Math.Max(w.Row - 1, 1);
        if (vectors.Count > 0)
        {
            w.Sheet.ColorScales.Add(new ColorScale(ScoreColumn, 2, last, "F8F8F8", 4, "FFEB84", "F8696B"));
        }
        w.Sheet.AutoFilter = (1, 1, last, 8 + (3 * features.Count));
        w.Sheet.FrozenRows = 1;
        w.Widths([18, 10, 12, 9, 9, 70, 10, 10, .. features.SelectMany(_ => new double[] { 12, 9, 12 })]);
    }

    /// <summary>The usual range the feature was judged against (10th–90th percentile of its history), empty when not scored.</summary>
    private static string? Usual(Core.Monitoring.FeatureValue f) => f.UsualLow is { } low && f.UsualHigh is { } high
        ? string.Create(CultureInfo.InvariantCulture, $"{low:G3}–{high:G3}")
        : null;
}
