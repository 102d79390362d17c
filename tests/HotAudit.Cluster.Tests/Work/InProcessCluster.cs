using HotAudit.Cluster.Runs;
using HotAudit.Cluster.Work;
using HotAudit.Ingestion;

namespace HotAudit.Cluster.Tests.Work;

/// <summary>
/// A cluster of <c>silos</c> without Orleans: each "silo" is its own <see cref="ClusterWork"/> (own symbols, own opened
/// case); chunks and partitions are spread over them, and only bytes pass between them, as on a real cluster.
/// </summary>
internal sealed class InProcessCluster(RunRequest run, int silos) : IClusterRun, ITelemetryChunkSource
{
    private readonly ClusterWork[] _silos = [.. Enumerable.Range(0, silos).Select(_ => new ClusterWork(Services.For(TimeProvider.System)))];
    private readonly SortedDictionary<int, byte[]>[] _partitions = [.. Enumerable.Range(0, run.Partitions).Select(_ => new SortedDictionary<int, byte[]>())];

    public ITelemetryChunkSource Chunks => this;

    public int ChunksRead { get; private set; }

    public Task<IReadOnlyList<ChunkResult>> ReadChunksAsync(ChunkPlan plan, CancellationToken ct)
    {
        var results = new List<ChunkResult>();
        foreach (var chunk in plan.Chunks.Reverse())
        {
            var output = _silos[chunk.Id % silos].ReadChunk(run, chunk, null);
            foreach (var (p, batch) in output.Batches)
            {
                _partitions[p][chunk.Id] = batch;
            }
            results.Add(output.Result);
        }
        ChunksRead = plan.Chunks.Count;
        return Task.FromResult<IReadOnlyList<ChunkResult>>(results);
    }

    public Task<IReadOnlyList<byte[]>> EvaluatePartitionsAsync(PartitionPeriod period, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<byte[]>>([.. Enumerable.Range(0, run.Partitions).Select(p => _silos[(p + 1) % silos].EvaluatePartition(run, period, [.. _partitions[p].Values]))]);

    public Task<int> CoordinateAsync(TextWriter messages) => _silos[0].CoordinateAsync(run, this, messages, CancellationToken.None);
}
