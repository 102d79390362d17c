using System.Globalization;
using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>Names the two or three features that deviate most from their usual range, in plain words (scored features before context ones).</summary>
internal static class Explainer
{
    public static string Explain(DailyVector vector, double[] deviations, Usual?[] usual, double minDeviation)
    {
        var features = FeatureCatalog.All;
        var top = Enumerable.Range(0, features.Count)
            .Where(f => usual[f] is not null && vector.Values[f] is not null && Math.Abs(deviations[f]) >= minDeviation)
            .OrderByDescending(f => features[f].Scored).ThenByDescending(f => Math.Abs(deviations[f])).ThenBy(f => f)
            .Take(3)
            .Select(f => Phrase(features[f], vector.Values[f]!.Value, usual[f]!.Value));
        return string.Join("; ", top);
    }

    private static string Phrase(FeatureDefinition f, double value, Usual usual)
    {
        var range = Format(f, usual.Low) == Format(f, usual.High) ? Format(f, usual.Low) : $"{Format(f, usual.Low, unit: false)}–{Format(f, usual.High)}";
        return $"{f.Words} {Format(f, value)} vs {range} usual";
    }

    private static string Format(FeatureDefinition f, double v, bool unit = true) => f.Kind switch
    {
        FeatureKind.Share => (v * 100).ToString("0", CultureInfo.InvariantCulture) + (unit ? " %" : ""),
        FeatureKind.Rate => v.ToString("0.00", CultureInfo.InvariantCulture),
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
