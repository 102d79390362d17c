namespace HotAudit.Ingestion;

/// <summary>Reads a case's telemetry chunks on this machine, side by side on every core, into the telemetry sink of <c>state</c>.</summary>
internal sealed class LocalChunkSource(TelemetryChunkReader reader, IngestState state, int parallelism)
{
    public IReadOnlyList<ChunkResult> ReadChunks(ChunkPlan plan, CancellationToken ct)
    {
        var results = new ChunkResult[plan.Chunks.Count];
        Parallel.ForEach(plan.Chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            chunk => results[chunk.Id] = reader.Read(chunk, state.ForFile()));
        return results;
    }
}
