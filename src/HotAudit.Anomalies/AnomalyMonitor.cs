using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Memory;
using HotAudit.Anomalies.Scoring;
using HotAudit.Core.Engine;
using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies;

/// <summary>
/// The anomaly monitor of ANOMALY.md (clause HU 7.2 f, rule HU-ANM-01): reads the telemetry pass into daily tallies per
/// (app, app version, local day), joins the operation log's publishes, rollbacks and operators, and scores every vector.
/// With a kept <see cref="MonitorMemory"/> (the worker's), tonight's vectors are judged with the earlier runs' days as
/// their history, and <see cref="Kept"/> holds the memory updated with tonight's.
/// </summary>
/// <param name="kept">Days of earlier runs of the case; null (as in <c>hotaudit assess</c>) judges the case against itself.</param>
public sealed class AnomalyMonitor(MonitorMemory? kept = null) : IAnomalyMonitor
{
    /// <summary>The kept memory with this run's vectors added; null until scored, and always without a kept memory.</summary>
    public MonitorMemory? Kept { get; private set; }

    /// <inheritdoc />
    public IDevicePartial NewPartial() => new TelemetryPartial();

    /// <inheritdoc />
    public IReadOnlyList<ScoredVector> Score(IDevicePartial observed, MonitorRun run)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(run);
        var settings = MonitorSettings.From(run);
        var (operations, operationDays) = OperationTally.Build(run.OperationsByTime, run.Symbols, run.Offset);
        var vectors = VectorBuilder.Build(((TelemetryPartial)observed).Days, operations, operationDays, run.Symbols, settings.MinBase);
        if (kept is null)
        {
            return VectorScorer.Score(vectors, settings);
        }
        var (tonight, updated) = HistoryScoring.Score(vectors, kept, settings);
        Kept = updated;
        return tonight;
    }

    /// <summary>
    /// Scores a small synthetic case (two apps, two versions each, 45 days) through the whole scoring path — the series'
    /// tests, ML.NET's PCA, the explanations — and throws the result away: run on a spare core while a case is read, it
    /// compiles (JIT) what the real scoring would compile on the critical path later (~1,000 methods, ~0.2 s on the 1M
    /// case). Nothing it computes is kept or shared; returns the number of vectors scored.
    /// </summary>
    public static int WarmUp()
    {
        var random = new Random(7);
        var features = FeatureCatalog.All;
        var vectors = new List<DailyVector>();
        foreach (var (app, version) in new[] { ("warm.a", "1.0"), ("warm.a", "1.1"), ("warm.b", "2.0"), ("warm.b", "2.1") })
        {
            for (var d = 0; d < 45; d++)
            {
                var values = features.Select(f => (double?)(f.Kind switch
                {
                    FeatureKind.Count => random.Next(0, 3),
                    FeatureKind.ProcessShare => random.Next(0, 2),
                    FeatureKind.LogCount => 100 + random.Next(0, 20),
                    FeatureKind.Share => random.NextDouble() * 0.1,
                    _ => 1 + (random.NextDouble() * 0.2),
                })).ToArray();
                vectors.Add(new DailyVector(app, version, new DateOnly(2026, 1, 1).AddDays(d), values, [.. features.Select(_ => 100)]));
            }
        }
        return VectorScorer.Score(vectors, new MonitorSettings()).Count;
    }
}
