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
    /// <summary>
    /// Starts the run unless it is running or finished here. Answered within seconds (it stores the request and registers
    /// the reminder): a call lost with a dead gateway times out in <see cref="StartTimeout"/> and is made again, instead of
    /// waiting out the cluster's ResponseTimeout (10 minutes, meant for evaluations).
    /// </summary>
    [AlwaysInterleave]
    [ResponseTimeout(StartTimeout)]
    Task StartAsync(RunRequest run);

    /// <summary>
    /// Whether the run is running here, its progress, and its outcome once finished. Answered at once: a status call lost
    /// with a dead gateway (the client sent it through the worker that was killed) times out in <see cref="StatusTimeout"/>
    /// and the next poll asks again (before, the client waited out the 10-minute ResponseTimeout after a finished run).
    /// </summary>
    [AlwaysInterleave]
    [ResponseTimeout(StatusTimeout)]
    Task<RunStatus> StatusAsync();

    /// <summary>How long a client waits for <see cref="StartAsync"/>'s answer (TimeSpan syntax).</summary>
    public const string StartTimeout = "00:00:30";

    /// <summary>How long a client waits for <see cref="StatusAsync"/>'s answer (TimeSpan syntax).</summary>
    public const string StatusTimeout = "00:00:10";
}
