using HotAudit.Cluster.Runs;
using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// Runs the assessment through <see cref="IClusterWork.Coordinate"/> off the grain's scheduler, with the cluster's
/// partitions as its telemetry, and answers status calls meanwhile.
/// </summary>
internal sealed class CoordinatorGrain(IClusterWork work, ILocalSiloDetails silo, ILogger<CoordinatorGrain> log) : Grain, ICoordinatorGrain
{
    private static readonly RunProgress NotStarted = new("not started", 0, 0, 0, 0, 0);
    private Task<RunOutcome>? _running;
    private GrainClusterRun? _cluster;

    public Task StartAsync(RunRequest run)
    {
        if (_running is null || _running.IsFaulted)
        {
            _cluster = new GrainClusterRun(GrainFactory, run, log);
            _running = Run(run, _cluster);
        }
        return Task.CompletedTask;
    }

    public Task<RunStatus> StatusAsync()
    {
        var progress = _cluster?.Progress ?? NotStarted;
        RunOutcome? outcome = _running switch
        {
            { IsCompletedSuccessfully: true } done => done.Result,
            { IsFaulted: true } failed => new RunOutcome(2, $"hotaudit: the cluster run failed: {failed.Exception!.GetBaseException().Message}\n", silo.SiloAddress.ToString()),
            _ => null,
        };
        return Task.FromResult(new RunStatus(_running is not null, progress, outcome));
    }

    private async Task<RunOutcome> Run(RunRequest run, GrainClusterRun cluster)
    {
        var here = silo.SiloAddress.ToString();
        ClusterRunLog.Coordinating(log, run.RunId, here, run.Partitions);
        var messages = new StringWriter();
        try
        {
            var exit = await Task.Run(() => work.Coordinate(run, cluster, messages, CancellationToken.None));
            cluster.Done();
            ClusterRunLog.Finished(log, run.RunId, exit, cluster.Progress.Recomputed);
            await cluster.ForgetAsync();
            return new RunOutcome(exit, messages.ToString(), here);
        }
        catch (Exception e)
        {
            ClusterRunLog.Failed(log, run.RunId, e);
            throw;
        }
    }
}
