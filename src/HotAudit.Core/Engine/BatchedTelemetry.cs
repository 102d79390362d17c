using HotAudit.Core.Data;
using HotAudit.Core.Expressions;
using HotAudit.Core.Portable;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>
/// One partition of a cluster's case, as the record batches its readers sent (<see cref="RecordBatchWriter"/>): decoded
/// straight into the telemetry pass's buffer (values interned into <paramref name="symbols"/>) and evaluated one device
/// after another, as a partition of a local run is. Whether the rules have telemetry to judge is the case's answer, not
/// this partition's (a partition without devices still runs the same rules as every other, so their partials line up).
/// </summary>
/// <param name="batches">The partition's batches, in chunk order.</param>
/// <param name="symbols">This process's symbols.</param>
/// <param name="buffers">Buffers kept from one partition's evaluation to the next (null: the pass allocates its own).</param>
public sealed class BatchedTelemetry(IReadOnlyList<byte[]> batches, SymbolTable symbols, EvaluationBuffers? buffers = null) : ITelemetryEvaluation
{
    /// <inheritdoc/>
    public bool IsEmpty => false;

    /// <inheritdoc/>
    TelemetryOutcome ITelemetryEvaluation.Run(IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context, int evidenceCap, int fileCount, int parallelism)
    {
        var (partials, observed, duplicates) = TelemetryPass.Run(new Source(batches, symbols), rules, observers, context, evidenceCap, fileCount, 1, buffers);
        return new TelemetryOutcome(partials, observed, duplicates);
    }

    private sealed class Source(IReadOnlyList<byte[]> batches, SymbolTable symbols) : IPartitionSource
    {
        public int Partitions => 1;

        public int Take(int partition, ref Record[] buffer) => RecordBatches.Decode(batches, symbols, ref buffer);
    }
}
