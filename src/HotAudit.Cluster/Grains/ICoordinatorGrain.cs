using HotAudit.Cluster.Runs;
using Orleans.Concurrency;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// A run's coordinator (key: the run id): splits the case into chunks, has them read into partitions, has the
/// partitions evaluated, merges, and writes the reports. Calls are short: the client starts the run and polls its
/// status. When the coordinator's silo dies, the next status call activates a fresh coordinator elsewhere, which says
/// it is not running, and the client starts the run again there (a run that already wrote its reports is not redone).
/// With no client left, the run's reminder activates a coordinator on a surviving silo, which starts it from the
/// request it stored.
/// </summary>
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Starts the run unless it is running or finished here.</summary>
    [AlwaysInterleave]
    Task StartAsync(RunRequest run);

    /// <summary>Whether the run is running here, its progress, and its outcome once finished.</summary>
    [AlwaysInterleave]
    Task<RunStatus> StatusAsync();
}
