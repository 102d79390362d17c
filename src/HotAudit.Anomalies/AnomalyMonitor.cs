using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using HotAudit.Core.Engine;
using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies;

/// <summary>
/// The anomaly monitor of ANOMALY.md (clause HU 7.2 f, rule HU-ANM-01): reads the telemetry pass into daily tallies per
/// (app, app version, local day), joins the operation log's publishes, rollbacks and operators, and scores every vector.
/// </summary>
public sealed class AnomalyMonitor : IAnomalyMonitor
{
    /// <inheritdoc />
    public IDevicePartial NewPartial() => new TelemetryPartial();

    /// <inheritdoc />
    public IReadOnlyList<ScoredVector> Score(IDevicePartial observed, MonitorRun run)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(run);
        var settings = MonitorSettings.From(run);
        var operations = OperationTally.Build(run.OperationsByTime, run.Symbols, run.Offset);
        var vectors = VectorBuilder.Build(((TelemetryPartial)observed).Days, operations, run.Symbols, settings.MinBase);
        return VectorScorer.Score(vectors, settings);
    }
}
