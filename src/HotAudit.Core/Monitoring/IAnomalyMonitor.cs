using HotAudit.Core.Engine;

namespace HotAudit.Core.Monitoring;

/// <summary>
/// The anomaly monitor as the engine sees it: an observer of the telemetry pass, then a scorer of the daily vectors it
/// gathered together with the operation log.
/// </summary>
public interface IAnomalyMonitor : IDeviceObserver
{
    /// <summary>Scores every (app, app version, local day) vector of the case.</summary>
    /// <param name="observed">The merged partial this monitor's observer produced.</param>
    /// <param name="run">The operation log, symbols, offset and the rule's parameters.</param>
    IReadOnlyList<ScoredVector> Score(IDevicePartial observed, MonitorRun run);
}
