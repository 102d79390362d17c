using HotAudit.Core.Expressions;
using HotAudit.Core.Portable;

namespace HotAudit.Core.Engine;

/// <summary>
/// The telemetry rules evaluated elsewhere, partition by partition (a cluster), before the engine asks for them: each
/// partition's outcome as written by <see cref="PartitionCodec.WriteOutcome"/>, added up here in partition order,
/// exactly as <see cref="TelemetryPass"/> adds up the partitions of one machine.
/// </summary>
/// <param name="hasTelemetry">Whether the case accepted any telemetry row.</param>
/// <param name="outcomes">Every partition's outcome, in partition order (none when there is no telemetry).</param>
public sealed class PartitionedTelemetry(bool hasTelemetry, IReadOnlyList<byte[]> outcomes) : ITelemetryEvaluation
{
    /// <inheritdoc/>
    public bool IsEmpty => !hasTelemetry;

    /// <inheritdoc/>
    TelemetryOutcome ITelemetryEvaluation.Run(IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context, int evidenceCap, int fileCount, int parallelism)
    {
        var total = new TelemetryOutcome([.. rules.Select(r => r.NewPartial(evidenceCap))], [.. observers.Select(o => o.NewPartial())], new long[fileCount]);
        if (!hasTelemetry)
        {
            return total;
        }
        foreach (var outcome in outcomes)
        {
            PartitionCodec.ReadOutcome(outcome, context.Symbols, rules, total);
        }
        return total;
    }
}
