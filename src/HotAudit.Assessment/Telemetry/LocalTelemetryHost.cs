using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>The telemetry of a run spilled to partition files on this machine, read and evaluated on <paramref name="parallelism"/> cores.</summary>
internal sealed class LocalTelemetryHost(int parallelism) : ITelemetryHost
{
    private readonly PartitionStore _store = new(Math.Max(8, Environment.ProcessorCount * 4));

    public Task<IngestResult> IngestAsync(SymbolTable symbols, TimeSpan offset, CaseManifest manifest, IProgress<IngestProgress> progress, CancellationToken ct) =>
        Task.FromResult(new CaseReader(symbols, offset) { Parallelism = parallelism }.Read(manifest, _store, progress, ct));

    public Task<ITelemetryEvaluation> EvaluationAsync(IngestResult ingest, long periodFrom, long periodUntil, CancellationToken ct) =>
        Task.FromResult<ITelemetryEvaluation>(new LocalTelemetry(_store));

    public void Dispose() => _store.Dispose();
}
