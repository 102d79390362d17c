using System.Globalization;
using HotAudit.Anomalies.Features;
using HotAudit.Core.Rules;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Names the two or three most surprising features with their evidence, in words a regulator can read:
/// <c>publishes 5 on 2026-03-14 vs 0–1 usual (28-day rate 0.2/day; p ≈ 2e-5)</c>.
/// </summary>
internal static class Explainer
{
    /// <summary>The explanation in English (findings.json) and Chinese (zh-CN reports), the same features and numbers.</summary>
    public static LocalizedText Explain(DailyVector vector, FeatureTest?[] tests, double minSurprise)
    {
        var features = FeatureCatalog.All;
        var top = Enumerable.Range(0, features.Count)
            .Where(f => tests[f] is not null && vector.Values[f] is not null && tests[f]!.Tail.Surprise >= minSurprise)
            .OrderByDescending(f => tests[f]!.Tail.Surprise).ThenBy(f => f)
            .Take(3)
            .Select((f, rank) => (Feature: features[f], Value: vector.Values[f]!.Value, Test: tests[f]!, Day: rank == 0 ? vector.Day : (DateOnly?)null))
            .ToList();
        return new(
            string.Join("; ", top.Select(t => PhraseZh(t.Feature, t.Value, t.Test, t.Day))),
            string.Join("; ", top.Select(t => Phrase(t.Feature, t.Value, t.Test, t.Day))));
    }

    private static string Phrase(FeatureDefinition f, double value, FeatureTest test, DateOnly? day)
    {
        var on = day is { } d ? " on " + Day(d) : "";
        return $"{f.Words} {Format(f, value)}{on} vs {Range(f, test)} usual ({Level(f, test, LevelEn)}; p {P(test.Tail.P)})";
    }

    /// <summary><c>发布次数 5 (2026-03-14), 通常 0–1 (近 28 天速率 0.2/天; p ≈ 2e-5)</c>.</summary>
    private static string PhraseZh(FeatureDefinition f, double value, FeatureTest test, DateOnly? day)
    {
        var on = day is { } d ? $" ({Day(d)})" : "";
        return $"{f.WordsZh} {Format(f, value)}{on}, 通常 {Range(f, test)} ({Level(f, test, LevelZh)}; p {P(test.Tail.P)})";
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Range(FeatureDefinition f, FeatureTest test)
    {
        var usual = test.Usual;
        return Format(f, usual.Low) == Format(f, usual.High) ? Format(f, usual.Low) : $"{Format(f, usual.Low, unit: false)}–{Format(f, usual.High)}";
    }

    /// <summary>How the level was judged, in English: basis ("28-day", "with the app's other versions,", "over the case,") and kind.</summary>
    private static readonly string[] LevelEn = ["{0}-day", "with the app's other versions,", "over the case,", "{0} share {1} %", "{0} mean {1}", "{0} rate {1}/day", "the app's {1} so far:", "with the day's {1}, the app's so far:"];

    /// <summary>The same in Chinese.</summary>
    private static readonly string[] LevelZh = ["近 {0} 天", "与该应用其他版本相比, ", "全案", "{0}占比 {1} %", "{0}均值 {1}", "{0}速率 {1}/天", "该应用此前的{2}中", "结合当日{2}次数, 该应用此前的{2}中"];

    private static string Level(FeatureDefinition f, FeatureTest test, string[] words)
    {
        var basis = test.Basis switch
        {
            HistoryBasis.Trailing => string.Format(CultureInfo.InvariantCulture, words[0], test.Window),
            HistoryBasis.Peers => words[1],
            HistoryBasis.Record or HistoryBasis.RecordAndCount => string.Format(CultureInfo.InvariantCulture,
                words[test.Basis == HistoryBasis.Record ? 6 : 7], test.Window, f.Given == FeatureCatalog.Rollbacks ? "rollbacks" : "publishes", f.Given == FeatureCatalog.Rollbacks ? "回滚" : "发布"),
            _ => words[2],
        };
        var (template, level) = f.Kind switch
        {
            FeatureKind.Share or FeatureKind.ProcessShare => (words[3], Share(test.Tail.Level)),
            FeatureKind.Rate => (words[4], Mean(test.Tail.Level)),
            FeatureKind.Change => (words[4], "×" + Mean(test.Tail.Level)),
            _ => (words[5], PerDay(test.Tail.Level)),
        };
        return string.Format(CultureInfo.InvariantCulture, template, basis, level);
    }

    private static string Share(double level) => (level * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Mean(double level) => level.ToString("0.00", CultureInfo.InvariantCulture);

    private static string PerDay(double level) => level.ToString(level < 10 ? "0.0#" : "0", CultureInfo.InvariantCulture);

    /// <summary>A p-value in one significant digit ("≈ 2e-5"), or "&lt; 1e-50" beyond the reported surprise.</summary>
    internal static string P(double p) =>
        p < Math.Pow(10, -Tail.MaxSurprise) ? $"< 1e-{Tail.MaxSurprise:0}"
        : "≈ " + (p >= 0.01 ? p.ToString("0.00", CultureInfo.InvariantCulture) : p.ToString("0e0", CultureInfo.InvariantCulture));

    private static string Format(FeatureDefinition f, double v, bool unit = true) => f.Kind switch
    {
        FeatureKind.Share => (v * 100).ToString("0", CultureInfo.InvariantCulture) + (unit ? " %" : ""),
        FeatureKind.Rate => v.ToString("0.00", CultureInfo.InvariantCulture),
        FeatureKind.Change => "×" + v.ToString("0.00", CultureInfo.InvariantCulture),
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
