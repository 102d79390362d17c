using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Monitoring;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Charts;

/// <summary>
/// The numbers behind every chart, computed once from the result so the workbook and report.html draw the same data.
/// </summary>
internal static class ChartData
{
    /// <summary>At most this many apps get a daily chart: those with the most scored vectors, then by id.</summary>
    public const int MaxApps = 10;

    /// <summary>The monitor features charted per app: a count first, then shares.</summary>
    public static IReadOnlyList<string> Features { get; } = ["publishes", "background_apply_share", "failing_device_share", "http_check_share"];

    /// <summary>Clauses per verdict, in the verdicts' order.</summary>
    public static IReadOnlyList<(Verdict Verdict, int Count)> Verdicts(AssessmentResult r) =>
        [.. Enum.GetValues<Verdict>().Select(v => (v, r.Clauses.Count(c => c.Verdict == v)))];

    /// <summary>Findings per severity, highest first.</summary>
    public static IReadOnlyList<(Severity Severity, int Count)> Severities(AssessmentResult r) =>
        [.. Enum.GetValues<Severity>().Reverse().Select(s => (s, r.Findings.Count(f => f.Rule.Severity == s)))];

    /// <summary>
    /// Per app, each feature per day over the case's scored days: counts summed over the app's versions, shares averaged
    /// over the versions that have one.
    /// </summary>
    /// <remarks>Computed once per result: the workbook and report.html, written side by side, both chart them.</remarks>
    public static IReadOnlyList<DailySeries> Daily(AssessmentResult r) => DailyCache.GetValue(r, x => new(() => ComputeDaily(x))).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AssessmentResult, Lazy<IReadOnlyList<DailySeries>>> DailyCache = [];

    private static IReadOnlyList<DailySeries> ComputeDaily(AssessmentResult r)
    {
        if (r.Anomalies.Count == 0)
        {
            return [];
        }
        var first = r.Anomalies.Min(v => v.Day);
        var last = r.Anomalies.Max(v => v.Day);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
        return [.. r.Anomalies.GroupBy(v => v.AppId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxApps)
            .Select(g => Of(g.Key, [.. g], days))];
    }

    private static DailySeries Of(string app, List<ScoredVector> vectors, List<DateOnly> days)
    {
        // Each vector's charted features looked up once (the first of a name, as before), the vectors of a day in their order.
        var byDay = vectors.ToLookup(v => v.Day, v => Features.Select(f => v.Features.FirstOrDefault(x => x.Name == f)?.Value).ToArray());
        var values = new Dictionary<string, IReadOnlyList<double?>>(StringComparer.Ordinal);
        for (var i = 0; i < Features.Count; i++)
        {
            var feature = i;
            values[Features[i]] = [.. days.Select(d => Combine(Features[feature], byDay[d].Select(v => v[feature])))];
        }
        var flagged = vectors.Where(v => v.Flagged).Select(v => v.Day).Distinct().Order().ToList();
        return new DailySeries(app, days, values, flagged);
    }

    private static double? Combine(string feature, IEnumerable<double?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (present.Count == 0)
        {
            return null;
        }
        return feature.EndsWith("_share", StringComparison.Ordinal) ? present.Average() : present.Sum();
    }
}
