using HotAudit.Cluster.Runs;
using HotAudit.Cluster.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// Runs the assessment through <see cref="ClusterWork.CoordinateAsync"/> off the grain's scheduler, with the cluster's
/// partitions as its telemetry, and answers status calls meanwhile. A started run is kept in grain storage with a
/// reminder (both in Redis) until it ends: when the coordinator's worker dies and no client is left to start the run
/// again, the reminder activates a coordinator on a surviving worker, which starts it there.
/// </summary>
internal sealed class CoordinatorGrain(
    ClusterWork work,
    ILocalSiloDetails silo,
    IOptions<ClusterOptions> cluster,
    [PersistentState("run", SubmittedRun.Storage)] IPersistentState<SubmittedRun> submitted,
    ILogger<CoordinatorGrain> log) : Grain, ICoordinatorGrain, IRemindable
{
    /// <summary>The reminder that resumes a run nobody else restarts.</summary>
    public const string ResumeReminder = "resume";

    /// <summary>How often the reminder looks at the run (and keeps a long run's coordinator from being collected).</summary>
    public static readonly TimeSpan ResumeEvery = TimeSpan.FromSeconds(15);

    private static readonly RunProgress NotStarted = new("not started", 0, 0, 0, 0, 0);
    private Task<RunOutcome>? _running;
    private RunOutcome? _finished;
    private GrainClusterRun? _cluster;

    public async Task StartAsync(RunRequest run)
    {
        if (submitted.State.Request is null)
        {
            submitted.State.Request = run;
            submitted.State.ClusterId = cluster.Value.ClusterId;
            await submitted.WriteStateAsync();
            await this.RegisterOrUpdateReminder(ResumeReminder, ResumeEvery, ResumeEvery);
        }
        Start(run);
    }

    public Task<RunStatus> StatusAsync()
    {
        var progress = _cluster?.Progress ?? NotStarted;
        RunOutcome? outcome = _running switch
        {
            _ when Volatile.Read(ref _finished) is { } finished => finished,
            { IsCompletedSuccessfully: true } done => done.Result,
            { IsFaulted: true } failed => new RunOutcome(2, $"hotaudit: the cluster run failed: {failed.Exception!.GetBaseException().Message}\n", silo.SiloAddress.ToString()),
            _ => null,
        };
        return Task.FromResult(new RunStatus(_running is not null, progress, outcome));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (submitted.State is not { Request: { } run, ClusterId: { } owner } || owner != cluster.Value.ClusterId)
        {
            return;
        }
        if (_running is null)
        {
            ClusterRunLog.Resuming(log, run.RunId, silo.SiloAddress.ToString());
            Start(run);
        }
        else if (_running.IsCompleted)
        {
            await ForgetRunAsync();
        }
    }

    private void Start(RunRequest run)
    {
        if (_running is null || _running.IsFaulted)
        {
            _cluster = new GrainClusterRun(GrainFactory, run, log);
            _running = Run(run, _cluster);
        }
    }

    private async Task<RunOutcome> Run(RunRequest run, GrainClusterRun cluster)
    {
        var here = silo.SiloAddress.ToString();
        ClusterRunLog.Coordinating(log, run.RunId, here, run.Partitions);
        var messages = new StringWriter();
        try
        {
            var exit = await Task.Run(() => work.CoordinateAsync(run, cluster, messages, CancellationToken.None));
            cluster.Done();
            ClusterRunLog.Finished(log, run.RunId, exit, cluster.Progress.Recomputed);
            // The reports and the marker are written: the client has its answer now, while the partitions and the stored
            // request are let go (64 grain calls and two Redis writes, seconds on a loaded machine).
            var outcome = new RunOutcome(exit, messages.ToString(), here);
            Volatile.Write(ref _finished, outcome);
            await cluster.ForgetAsync();
            try
            {
                await ForgetRunAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The reports are written; the reminder's next tick finds the run ended (or, on a new activation, its marker) and forgets it then.
                ClusterRunLog.PartitionRetry(log, run.RunId, -1, 0, "forget the stored run: " + e.Message);
            }
            return outcome;
        }
        catch (Exception e)
        {
            ClusterRunLog.Failed(log, run.RunId, e);
            throw;
        }
    }

    /// <summary>The run ended (or failed and will not be retried unasked): no reminder, no stored request.</summary>
    private async Task ForgetRunAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        await submitted.ClearStateAsync();
    }
}
