using System.Globalization;
using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Names the two or three most surprising features with their evidence, in words a regulator can read:
/// <c>publishes 5 on 2026-03-14 vs 0–1 usual (28-day rate 0.2/day; p ≈ 2e-5)</c>.
/// </summary>
internal static class Explainer
{
    public static string Explain(DailyVector vector, FeatureTest?[] tests, double minSurprise)
    {
        var features = FeatureCatalog.All;
        var top = Enumerable.Range(0, features.Count)
            .Where(f => tests[f] is not null && vector.Values[f] is not null && tests[f]!.Tail.Surprise >= minSurprise)
            .OrderByDescending(f => tests[f]!.Tail.Surprise).ThenBy(f => f)
            .Take(3)
            .Select((f, rank) => Phrase(features[f], vector.Values[f]!.Value, tests[f]!, rank == 0 ? vector.Day : null));
        return string.Join("; ", top);
    }

    private static string Phrase(FeatureDefinition f, double value, FeatureTest test, DateOnly? day)
    {
        var usual = test.Usual;
        var range = Format(f, usual.Low) == Format(f, usual.High) ? Format(f, usual.Low) : $"{Format(f, usual.Low, unit: false)}–{Format(f, usual.High)}";
        var on = day is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return $"{f.Words} {Format(f, value)}{on} vs {range} usual ({Level(f, test)}; p {P(test.Tail.P)})";
    }

    private static string Level(FeatureDefinition f, FeatureTest test)
    {
        var basis = test.Basis switch
        {
            HistoryBasis.Trailing => $"{test.Window}-day",
            HistoryBasis.Peers => "with the app's other versions,",
            _ => "over the case,",
        };
        var level = test.Tail.Level;
        return f.Kind switch
        {
            FeatureKind.Share => $"{basis} share {(level * 100).ToString("0.0", CultureInfo.InvariantCulture)} %",
            FeatureKind.Rate => $"{basis} mean {level.ToString("0.00", CultureInfo.InvariantCulture)}",
            _ => $"{basis} rate {level.ToString(level < 10 ? "0.0#" : "0", CultureInfo.InvariantCulture)}/day",
        };
    }

    /// <summary>A p-value in one significant digit ("≈ 2e-5"), or "< 1e-50" beyond the reported surprise.</summary>
    internal static string P(double p) =>
        p < Math.Pow(10, -Tail.MaxSurprise) ? $"< 1e-{Tail.MaxSurprise:0}"
        : "≈ " + (p >= 0.01 ? p.ToString("0.00", CultureInfo.InvariantCulture) : p.ToString("0e0", CultureInfo.InvariantCulture));

    private static string Format(FeatureDefinition f, double v, bool unit = true) => f.Kind switch
    {
        FeatureKind.Share => (v * 100).ToString("0", CultureInfo.InvariantCulture) + (unit ? " %" : ""),
        FeatureKind.Rate => v.ToString("0.00", CultureInfo.InvariantCulture),
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
