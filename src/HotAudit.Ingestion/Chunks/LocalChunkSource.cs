using System.Collections.Concurrent;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a case's telemetry chunks on this machine, side by side on every core, into the telemetry sink of <c>state</c>.
/// A whole compressed file is inflated on one thread and parsed on the others (<see cref="InflatedChunks"/>); such files
/// start first, since their inflating is the one part that cannot be shared.
/// </summary>
internal sealed class LocalChunkSource(TelemetryChunkReader reader, IngestState state, int parallelism, long chunkBytes)
{
    public IReadOnlyList<ChunkResult> ReadChunks(ChunkPlan plan, CancellationToken ct)
    {
        var results = new ConcurrentBag<ChunkResult>();
        var nextId = plan.Chunks.Count - 1;
        var inflated = plan.Chunks.Where(c => parallelism > 1 && InflatedChunks.Applies(reader.Input(c.File), c)).ToHashSet();
        var order = plan.Chunks.OrderBy(c => inflated.Contains(c) ? 0 : 1).ThenBy(c => c.Id).ToList();
        Parallel.ForEach(
            Partitioner.Create(order, loadBalance: true),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            chunk =>
            {
                if (inflated.Contains(chunk))
                {
                    foreach (var r in InflatedChunks.Read(reader, chunk, state, parallelism, (int)Math.Min(InflatedChunks.BlockBytes, chunkBytes), () => Interlocked.Increment(ref nextId), ct))
                    {
                        results.Add(r);
                    }
                }
                else
                {
                    results.Add(reader.Read(chunk, state.ForFile()));
                }
            });
        return [.. results.OrderBy(r => r.ChunkId)];
    }
}
