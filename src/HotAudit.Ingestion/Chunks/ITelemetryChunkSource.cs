namespace HotAudit.Ingestion;

/// <summary>
/// Reads the telemetry chunks of a case somewhere else than this machine's cores (the partitions of a cluster) and puts
/// the accepted rows where the evaluation will find them. Returns one result per chunk, in any order.
/// </summary>
public interface ITelemetryChunkSource
{
    /// <summary>Reads every chunk of <paramref name="plan"/>.</summary>
    Task<IReadOnlyList<ChunkResult>> ReadChunksAsync(ChunkPlan plan, CancellationToken ct);
}
