using HotAudit.Cluster.Runs;
using Orleans.Concurrency;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// A run's coordinator (key: the run id): splits the case into chunks, has them read into partitions, has the
/// partitions evaluated, merges, and writes the reports. Submitting the same run again (after the silo of its first
/// coordinator died) restarts it on a live silo; a run that already finished answers with its outcome.
/// </summary>
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Runs (or joins, or answers for) the run.</summary>
    [AlwaysInterleave]
    Task<RunOutcome> RunAsync(RunRequest run);

    /// <summary>Where the run is.</summary>
    [AlwaysInterleave]
    Task<RunProgress> ProgressAsync();
}
