using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>
/// The telemetry of a run held in this machine's partitions (in memory within <paramref name="budget"/>, default the
/// process's, on disk past it), read and evaluated on <paramref name="parallelism"/> cores.
/// </summary>
internal sealed class LocalTelemetryHost(int parallelism, MemoryBudget? budget = null) : ITelemetryHost
{
    private readonly PartitionStore _store = new(PartitionStore.LocalPartitions, budget: budget);

    public Task<IngestResult> IngestAsync(SymbolTable symbols, TimeSpan offset, CaseManifest manifest, IProgress<IngestProgress> progress, CancellationToken ct) =>
        Task.FromResult(new CaseReader(symbols, offset) { Parallelism = parallelism }.Read(manifest, _store, new SpillProgress(progress, _store), ct));

    public Task<ITelemetryEvaluation> EvaluationAsync(IngestResult ingest, long periodFrom, long periodUntil, CancellationToken ct) =>
        Task.FromResult<ITelemetryEvaluation>(new LocalTelemetry(_store));

    public void Dispose() => _store.Dispose();
}
