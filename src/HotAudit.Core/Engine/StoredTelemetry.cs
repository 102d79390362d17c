using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>
/// One partition of a cluster's case, held by the process that evaluates it: its records in a local store, evaluated
/// one device after another. Whether the rules have telemetry to judge is the case's answer, not this partition's (a
/// partition without devices still runs the same rules as every other, so their partials line up).
/// </summary>
/// <param name="store">The partition's records.</param>
public sealed class StoredTelemetry(PartitionStore store) : ITelemetryEvaluation
{
    /// <inheritdoc/>
    public bool IsEmpty => false;

    /// <inheritdoc/>
    TelemetryOutcome ITelemetryEvaluation.Run(IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context, int evidenceCap, int fileCount, int parallelism) =>
        ((ITelemetryEvaluation)new LocalTelemetry(store)).Run(rules, observers, context, evidenceCap, fileCount, parallelism);
}
