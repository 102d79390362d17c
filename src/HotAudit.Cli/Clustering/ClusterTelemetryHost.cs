using HotAudit.Assessment;
using HotAudit.Cluster.Runs;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Cli.Clustering;

/// <summary>A coordinator's telemetry: chunks read into the cluster's partitions, rules run there, partials added up here.</summary>
internal sealed class ClusterTelemetryHost(IClusterRun cluster, long chunkBytes) : ITelemetryHost
{
    public IngestResult Ingest(SymbolTable symbols, TimeSpan offset, CaseManifest manifest, IProgress<IngestProgress> progress, CancellationToken ct) =>
        new CaseReader(symbols, offset) { ChunkBytes = chunkBytes }.Read(manifest, cluster.Chunks, progress, ct);

    public ITelemetryEvaluation Evaluation(IngestResult ingest, long periodFrom, long periodUntil) =>
        new PartitionedTelemetry(ingest.Files.Any(f => f.Kind == InputKind.Telemetry && f.Rows > f.Rejected),
            () => cluster.EvaluatePartitions(new PartitionPeriod(periodFrom, periodUntil)));

    public void Dispose()
    {
        // The partitions live in the cluster; the coordinator grain tells them to forget the run when it ends.
    }
}
