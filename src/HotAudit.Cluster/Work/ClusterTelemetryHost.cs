using HotAudit.Assessment;
using HotAudit.Cluster.Runs;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Cluster.Work;

/// <summary>A coordinator's telemetry: chunks read into the cluster's partitions, rules run there, partials added up here.</summary>
internal sealed class ClusterTelemetryHost(IClusterRun cluster, long chunkBytes) : ITelemetryHost
{
    public Task<IngestResult> IngestAsync(SymbolTable symbols, TimeSpan offset, CaseManifest manifest, IProgress<IngestProgress> progress, CancellationToken ct) =>
        new CaseReader(symbols, offset) { ChunkBytes = chunkBytes }.ReadAsync(manifest, cluster.Chunks, progress, ct);

    public async Task<ITelemetryEvaluation> EvaluationAsync(IngestResult ingest, long periodFrom, long periodUntil, CancellationToken ct)
    {
        var hasTelemetry = ingest.Files.Any(f => f.Kind == InputKind.Telemetry && f.Rows > f.Rejected);
        var outcomes = hasTelemetry ? await cluster.EvaluatePartitionsAsync(new PartitionPeriod(periodFrom, periodUntil), ct) : [];
        return new PartitionedTelemetry(hasTelemetry, outcomes);
    }

    public void Dispose()
    {
        // The partitions live in the cluster; the coordinator grain tells them to forget the run when it ends.
    }
}
