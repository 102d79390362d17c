using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>The telemetry rules over the partitions of a local <see cref="PartitionStore"/>, evaluated side by side.</summary>
/// <param name="store">The accepted telemetry.</param>
public sealed class LocalTelemetry(PartitionStore store) : ITelemetryEvaluation
{
    /// <inheritdoc/>
    public bool IsEmpty => store.IsEmpty;

    /// <inheritdoc/>
    TelemetryOutcome ITelemetryEvaluation.Run(IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context, int evidenceCap, int fileCount, int parallelism)
    {
        var (partials, observed, duplicates) = TelemetryPass.Run(store, rules, observers, context, evidenceCap, fileCount, parallelism);
        return new TelemetryOutcome(partials, observed, duplicates);
    }
}
