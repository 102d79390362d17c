using System.Diagnostics;
using HotAudit.Cluster.Runs;
using HotAudit.Cluster.Work;
using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// Holds one partition's record batches in memory, by chunk, and evaluates them through <see cref="ClusterWork"/>.
/// Its state is not persisted: when its silo dies, the next call activates it empty elsewhere, it reports the chunks
/// it lacks, and the coordinator has each lost chunk read again once for every partition that lacks it.
/// </summary>
internal sealed class PartitionGrain(ClusterWork work, ILocalSiloDetails silo, ILogger<PartitionGrain> log) : Grain, IPartitionGrain
{
    private readonly Dictionary<int, (long Count, byte[] Batch)> _chunks = [];
    private (string Key, byte[] Outcome)? _evaluated;

    public Task AcceptAsync(int chunkId, long count, byte[] batch)
    {
        _chunks[chunkId] = (count, batch);
        _evaluated = null;
        return Task.CompletedTask;
    }

    public async Task<PartitionReply> EvaluateAsync(RunRequest run, PartitionPeriod period, Dictionary<int, long> expected)
    {
        var wanted = expected.Where(e => e.Value > 0).OrderBy(e => e.Key).ToList();
        var missing = Missing(wanted);
        var here = silo.SiloAddress.ToString();
        if (missing.Length > 0)
        {
            return new PartitionReply(missing, null, here);
        }
        var key = $"{period.From}/{period.Until}/{string.Join(',', wanted.Select(e => e.Key))}";
        if (_evaluated is not { } done || done.Key != key)
        {
            var batches = wanted.Select(e => _chunks[e.Key].Batch).ToList();
            // The rules run off the grain's scheduler: a partition takes seconds of CPU, and other grains of this silo keep answering meanwhile.
            var clock = Stopwatch.StartNew();
            var outcome = await Task.Run(() => work.EvaluatePartition(run, period, batches));
            var id = this.GetPrimaryKeyString();
            if (!WarmUp.IsWarmUp(run.RunId))
            {
                ClusterRunLog.PartitionEvaluated(log, run.RunId, int.Parse(id[(id.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                    here, wanted.Sum(e => e.Value), clock.ElapsedMilliseconds, outcome.Length);
            }
            _evaluated = done = (key, outcome);
        }
        return new PartitionReply([], done.Outcome, here);
    }

    public Task<int[]> MissingAsync(Dictionary<int, long> expected) =>
        Task.FromResult(Missing([.. expected.Where(e => e.Value > 0).OrderBy(e => e.Key)]));

    private int[] Missing(List<KeyValuePair<int, long>> wanted) =>
        [.. wanted.Where(e => !_chunks.TryGetValue(e.Key, out var held) || held.Count != e.Value).Select(e => e.Key)];

    public Task ForgetAsync()
    {
        _chunks.Clear();
        _evaluated = null;
        work.Forget(this.GetPrimaryKeyString().Split('/')[0]);
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
