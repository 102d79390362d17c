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
}
