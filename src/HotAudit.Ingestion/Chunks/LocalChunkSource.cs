using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a case's telemetry chunks on this machine, side by side on every core, into the telemetry sink of <c>state</c>.
/// A whole file of lines is read (and inflated, if compressed) on one thread and parsed on the others
/// (<see cref="InflatedChunks"/>); such files start first, since their reading is the one part that cannot be shared.
/// The chunks are taken by <c>parallelism</c> threads of their own, so that the blocks they hand to the thread pool are
/// parsed at once, not after a pool thread waiting for a block's turn is replaced.
/// </summary>
internal sealed class LocalChunkSource(TelemetryChunkReader reader, IngestState state, int parallelism, long chunkBytes)
{
    public IReadOnlyList<ChunkResult> ReadChunks(ChunkPlan plan, CancellationToken ct)
    {
        var results = new ConcurrentBag<ChunkResult>();
        var nextId = plan.Chunks.Count - 1;
        var streamed = plan.Chunks.Where(c => InflatedChunks.Applies(reader.Input(c.File), c)).ToHashSet();
        var queue = new ConcurrentQueue<TelemetryChunk>(plan.Chunks.OrderBy(c => streamed.Contains(c) ? 0 : 1).ThenBy(c => c.Id));
        var failures = new ConcurrentQueue<ExceptionDispatchInfo>();
        void Work()
        {
            try
            {
                while (failures.IsEmpty && queue.TryDequeue(out var chunk))
                {
                    ct.ThrowIfCancellationRequested();
                    if (streamed.Contains(chunk))
                    {
                        var input = reader.Input(chunk.File);
                        foreach (var r in InflatedChunks.Read(reader, chunk, state, parallelism, InflatedChunks.BlockBytesOf(input, chunkBytes), () => Interlocked.Increment(ref nextId), ct))
                        {
                            results.Add(r);
                        }
                    }
                    else
                    {
                        results.Add(reader.Read(chunk, state.ForFile()));
                    }
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(ExceptionDispatchInfo.Capture(e));
            }
        }
        // The calling thread only waits: it may be a pool thread, which a reader waiting for its blocks must not hold.
        var threads = Enumerable.Range(0, Math.Min(Math.Max(1, parallelism), plan.Chunks.Count))
            .Select(i => new Thread(Work) { IsBackground = true, Name = $"hotaudit chunks {i + 1}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.TryDequeue(out var failure))
        {
            failure.Throw();
        }
        return [.. results.OrderBy(r => r.ChunkId)];
    }
}
