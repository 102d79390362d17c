namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Findings produced by the anomaly monitor (ANOMALY.md), not by a row filter: the engine hands the telemetry pass and
/// the operation log to the run's <see cref="Monitoring.IAnomalyMonitor"/> and turns its flagged vectors into findings.
/// Without a monitor in the run the rule does not judge.
/// </summary>
public sealed record MonitorMechanism : Mechanism
{
    /// <summary>Reads the rule's mechanism: it has no fields of its own.</summary>
    public static MonitorMechanism Read(IRuleFields f) => new();

    // Its subject (app_id, app_version, day) names the monitor's vectors, not row columns: nothing to compile.
    internal override CompiledMechanism Compile(MechanismContext context) => new(MonitorEvaluator.Instance);
}
