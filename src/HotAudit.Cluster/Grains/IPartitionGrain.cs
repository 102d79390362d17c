using HotAudit.Cluster.Runs;
using Orleans.Concurrency;

namespace HotAudit.Cluster.Grains;

/// <summary>One device partition of a run: holds its rows by chunk and evaluates them (key: <c>RUN/PARTITION</c>).</summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the partition's rows of a chunk; a second delivery of the same chunk replaces the first, so nothing counts
    /// twice. The batch is not copied when the partition lives on the reader's silo (neither side changes it).
    /// </summary>
    Task AcceptAsync(int chunkId, long count, [Immutable] byte[] batch);

    /// <summary>Evaluates the rows of the <paramref name="expected"/> chunks (chunk → rows), or says which of them it lacks.</summary>
    Task<PartitionReply> EvaluateAsync(RunRequest run, PartitionPeriod period, Dictionary<int, long> expected);

    /// <summary>The <paramref name="expected"/> chunks (chunk → rows) of which the partition does not hold the rows, without evaluating.</summary>
    Task<int[]> MissingAsync(Dictionary<int, long> expected);

    /// <summary>Drops the partition's rows and this silo's state of the run.</summary>
    Task ForgetAsync();
}
