using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies.Memory;

/// <summary>
/// Scores tonight's vectors with the kept days as their history: both go through the scorer together (trailing
/// windows, peers and the model's training days reach into the history), and only tonight's vectors are returned. A
/// kept day of the same key as one of tonight's is replaced by tonight's, except on tonight's first day of an app: a
/// short window (a schedule's <c>LastDays</c>) may start inside that day, so a kept, whole one is worth more.
/// </summary>
internal static class HistoryScoring
{
    public static (IReadOnlyList<ScoredVector> Tonight, MonitorMemory Kept) Score(IReadOnlyList<DailyVector> tonight, MonitorMemory kept, MonitorSettings settings)
    {
        var keys = tonight.Select(Key).ToHashSet();
        var all = MonitorMemory.Ordered(kept.Days.Where(d => !keys.Contains(Key(d))).Concat(tonight));
        var scored = VectorScorer.Score(all, settings);
        var mine = scored.Where((_, i) => keys.Contains(Key(all[i]))).ToList();
        var keptKeys = kept.Days.Select(Key).ToHashSet();
        var first = tonight.GroupBy(d => d.AppId).ToDictionary(g => g.Key, g => g.Min(d => d.Day));
        return (mine, kept.With(tonight.Where(d => d.Day != first[d.AppId] || !keptKeys.Contains(Key(d))).ToList()));
    }

    private static (string, string, DateOnly) Key(DailyVector d) => (d.AppId, d.AppVersion, d.Day);
}
