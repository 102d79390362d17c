using System.Text.Json;
using HotAudit.Cluster.Hosting;
using HotAudit.Cluster.Runs;
using HotAudit.Ingestion;
using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// The cluster as one run's coordinator drives it. Chunks are read by reader grains (a new activation per attempt, so a
/// retry lands on a live silo) that hand each partition grain its rows; the coordinator keeps, per partition, how many
/// rows of each chunk it must hold. A partition that lost rows with its silo says which chunks it lacks; the coordinator
/// then asks every partition not yet evaluated what it lacks and reads each of those chunks once again, for all the
/// partitions that lack it (a dead silo's partitions lost the same chunks: reading them partition by partition cost
/// partitions × chunks reads). A chunk's rows are replaced, never added, on a second delivery: nothing counts twice.
/// </summary>
internal sealed class GrainClusterRun(IGrainFactory grains, RunRequest run, ILogger log) : IClusterRun, ITelemetryChunkSource
{
    private const int MaxAttempts = 60;
    private readonly Dictionary<int, long>[] _expected = [.. Enumerable.Range(0, run.Partitions).Select(_ => new Dictionary<int, long>())];
    private readonly bool[] _evaluated = new bool[run.Partitions];
    private readonly SemaphoreSlim _repairing = new(1);
    private int _repairs;
    private int _concurrency = 2;
    private IReadOnlyList<TelemetryChunk> _chunks = [];
    private int _reads;
    private int _chunksDone;
    private int _partitionsDone;
    private int _recomputed;
    private long _events;
    private long _bytes;
    private long _outcomeBytes;
    private string _phase = "planning";

    public ITelemetryChunkSource Chunks => this;

    public RunProgress Progress => new(_phase, _chunksDone, _chunks.Count, _partitionsDone, run.Partitions, _recomputed);

    public void Done()
    {
        _phase = "done";
        LogProgress();
    }

    /// <summary>Tells every partition to drop the run's rows (best effort: a partition on a dead silo has nothing left to drop).</summary>
    public async Task ForgetAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, run.Partitions).Select(async p =>
        {
            try
            {
                await grains.GetGrain<IPartitionGrain>(PartitionKey.Of(run.RunId, p)).ForgetAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ClusterRunLog.PartitionRetry(log, run.RunId, p, 0, "forget: " + e.Message);
            }
        }));
    }

    public async Task<IReadOnlyList<ChunkResult>> ReadChunksAsync(ChunkPlan plan, CancellationToken ct)
    {
        _chunks = plan.Chunks;
        _phase = "reading";
        LogProgress();
        var results = await Bounded(plan.Chunks, await ConcurrencyAsync(ct), c => ReadChunkAsync(c, null, ct), ct);
        ClusterRunLog.Traffic(log, run.RunId, _events, _bytes, _events == 0 ? 0 : (double)_bytes / _events, 0);
        return results;
    }

    private async Task<ChunkResult> ReadChunkAsync(TelemetryChunk chunk, int[]? only, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var reader = grains.GetGrain<IChunkReaderGrain>(PartitionKey.Read(run.RunId, chunk.Id, Interlocked.Increment(ref _reads)));
                var reply = await reader.ReadAsync(run, ChunkSpec.Of(chunk), only);
                lock (_expected)
                {
                    foreach (var (p, count) in reply.Counts)
                    {
                        _expected[p][chunk.Id] = count;
                    }
                }
                if (only is null)
                {
                    var events = reply.Counts.Values.Sum();
                    Interlocked.Add(ref _events, events);
                    Interlocked.Add(ref _bytes, reply.Bytes);
                    Interlocked.Increment(ref _chunksDone);
                    ClusterRunLog.ChunkRead(log, run.RunId, chunk.Id, chunk.File, chunk.Start, chunk.End, reply.Silo, events, reply.Bytes, reply.Counts.Count);
                }
                return JsonSerializer.Deserialize<ChunkResult>(reply.Result) ?? throw new InvalidDataException($"chunk {chunk.Id}: empty result");
            }
            catch (Exception e) when (Retriable(e, attempt))
            {
                Interlocked.Increment(ref _recomputed);
                ClusterRunLog.ChunkRetry(log, run.RunId, chunk.Id, attempt, e.GetType().Name + ": " + e.Message);
                await Task.Delay(Backoff(attempt), ct);
            }
        }
    }

    public async Task<IReadOnlyList<byte[]>> EvaluatePartitionsAsync(PartitionPeriod period, CancellationToken ct)
    {
        _phase = "evaluating";
        LogProgress();
        var outcomes = new byte[run.Partitions][];
        _concurrency = await ConcurrencyAsync(ct);
        await Bounded(Enumerable.Range(0, run.Partitions), _concurrency, async p => outcomes[p] = await EvaluatePartitionAsync(p, period, ct), ct);
        ClusterRunLog.Traffic(log, run.RunId, _events, _bytes, _events == 0 ? 0 : (double)_bytes / _events, _outcomeBytes);
        _phase = "reporting";
        LogProgress();
        return outcomes;
    }

    private async Task<byte[]> EvaluatePartitionAsync(int p, PartitionPeriod period, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var repairs = Volatile.Read(ref _repairs);
                var reply = await grains.GetGrain<IPartitionGrain>(PartitionKey.Of(run.RunId, p)).EvaluateAsync(run, period, ExpectedOf(p));
                if (reply.Missing.Length == 0 && reply.Outcome is { } outcome)
                {
                    Volatile.Write(ref _evaluated[p], true);
                    Interlocked.Increment(ref _partitionsDone);
                    Interlocked.Add(ref _outcomeBytes, outcome.Length);
                    return outcome;
                }
                if (attempt >= MaxAttempts)
                {
                    throw new InvalidOperationException($"partition {p} still lacks {reply.Missing.Length} chunk(s) after {attempt} attempts");
                }
                ClusterRunLog.PartitionMissing(log, run.RunId, p, reply.Missing.Length);
                await RepairAsync(repairs, ct);
            }
            catch (Exception e) when (Retriable(e, attempt))
            {
                Interlocked.Increment(ref _recomputed);
                ClusterRunLog.PartitionRetry(log, run.RunId, p, attempt, e.GetType().Name + ": " + e.Message);
                await Task.Delay(Backoff(attempt), ct);
            }
        }
    }

    /// <summary>
    /// Gives every partition not yet evaluated the rows it lacks, each lost chunk read once for all of them; nothing when
    /// a repair finished after <paramref name="seen"/> (the partition that asked tries again first).
    /// </summary>
    private async Task RepairAsync(int seen, CancellationToken ct)
    {
        await _repairing.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref _repairs) != seen)
            {
                return;
            }
            var pending = Enumerable.Range(0, run.Partitions).Where(p => !Volatile.Read(ref _evaluated[p]));
            var answers = await Bounded(pending, _concurrency, async p =>
            {
                try
                {
                    return (Partition: p, Missing: await grains.GetGrain<IPartitionGrain>(PartitionKey.Of(run.RunId, p)).MissingAsync(ExpectedOf(p)));
                }
                catch (Exception e) when (Retriable(e, 1))
                {
                    // Asked again when it is evaluated.
                    ClusterRunLog.PartitionRetry(log, run.RunId, p, 1, "missing: " + e.Message);
                    return (Partition: p, Missing: Array.Empty<int>());
                }
            }, ct);
            var lacking = answers.SelectMany(a => a.Missing.Select(chunk => (Chunk: chunk, a.Partition)))
                .GroupBy(x => x.Chunk, x => x.Partition).OrderBy(g => g.Key).ToList();
            ClusterRunLog.Repairing(log, run.RunId, answers.Count(a => a.Missing.Length > 0), lacking.Count);
            await Bounded(lacking, _concurrency, async l =>
            {
                Interlocked.Increment(ref _recomputed);
                await ReadChunkAsync(_chunks[l.Key], [.. l], ct);
                ClusterRunLog.ChunkReadAgain(log, run.RunId, l.Key, l.Count());
                return l.Key;
            }, ct);
            Interlocked.Increment(ref _repairs);
        }
        finally
        {
            _repairing.Release();
        }
    }

    /// <summary>A partition's expected rows by chunk, as known now (a copy: chunk reads add to it meanwhile).</summary>
    private Dictionary<int, long> ExpectedOf(int partition)
    {
        lock (_expected)
        {
            return new Dictionary<int, long>(_expected[partition]);
        }
    }

    /// <summary>Runs <paramref name="work"/> on every item, at most <paramref name="concurrency"/> at once; the results in item order.</summary>
    private static async Task<TResult[]> Bounded<T, TResult>(IEnumerable<T> items, int concurrency, Func<T, Task<TResult>> work, CancellationToken ct)
    {
        using var limit = new SemaphoreSlim(concurrency);
        return await Task.WhenAll(items.Select(async item =>
        {
            await limit.WaitAsync(ct);
            try
            {
                return await work(item);
            }
            finally
            {
                limit.Release();
            }
        }));
    }

    /// <summary>Two calls in flight per active silo: enough to keep every core of a small cluster busy, little enough to bound memory.</summary>
    private async Task<int> ConcurrencyAsync(CancellationToken ct)
    {
        try
        {
            return Math.Max(2, 2 * (await ClusterStatus.ActiveSilosAsync(grains, ct)).Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return 2;
        }
    }

    /// <summary>Failures of the cluster (a silo died, a call timed out) are retried; a failure of the work itself (bad data, a bug) is not.</summary>
    private static bool Retriable(Exception e, int attempt) =>
        attempt < MaxAttempts && e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException or ClientNotAvailableException
            or OrleansException;

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(5000, 250 * attempt));

    private void LogProgress() =>
        ClusterRunLog.Progress(log, run.RunId, _phase, _chunksDone, _chunks.Count, _partitionsDone, run.Partitions, _recomputed);
}
