namespace HotAudit.Ingestion;

/// <summary>
/// Reads the telemetry chunks of a case and puts the accepted rows where the evaluation will find them: into a local
/// partition store, or into the partitions of a cluster. Returns one result per chunk, in any order.
/// </summary>
public interface ITelemetryChunkSource
{
    /// <summary>Reads every chunk of <paramref name="plan"/>.</summary>
    IReadOnlyList<ChunkResult> ReadChunks(ChunkPlan plan, CancellationToken ct);
}
