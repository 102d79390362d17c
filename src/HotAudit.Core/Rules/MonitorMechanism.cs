namespace HotAudit.Core.Rules;

/// <summary>
/// Findings produced by the anomaly monitor (ANOMALY.md), not by a row filter: the engine hands the telemetry pass and
/// the operation log to the run's <see cref="Monitoring.IAnomalyMonitor"/> and turns its flagged vectors into findings.
/// Without a monitor in the run the rule does not judge.
/// </summary>
public sealed record MonitorMechanism : Mechanism;
