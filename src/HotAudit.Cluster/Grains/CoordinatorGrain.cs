using HotAudit.Cluster.Runs;
using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// Runs the assessment through <see cref="IClusterWork.Coordinate"/> off the grain's scheduler, with the cluster's
/// partitions as its telemetry. A second <see cref="RunAsync"/> while running joins the first.
/// </summary>
internal sealed class CoordinatorGrain(IClusterWork work, ILocalSiloDetails silo, ILogger<CoordinatorGrain> log) : Grain, ICoordinatorGrain
{
    private Task<RunOutcome>? _running;
    private GrainClusterRun? _cluster;

    public Task<RunOutcome> RunAsync(RunRequest run) => _running ??= Start(run);

    public Task<RunProgress> ProgressAsync() =>
        Task.FromResult(_cluster?.Progress ?? new RunProgress(_running is null ? "waiting" : "starting", 0, 0, 0, 0, 0));

    private async Task<RunOutcome> Start(RunRequest run)
    {
        var here = silo.SiloAddress.ToString();
        ClusterRunLog.Coordinating(log, run.RunId, here, run.Partitions);
        _cluster = new GrainClusterRun(GrainFactory, run, log);
        var messages = new StringWriter();
        try
        {
            var exit = await Task.Run(() => work.Coordinate(run, _cluster, messages, CancellationToken.None));
            _cluster.Done();
            ClusterRunLog.Finished(log, run.RunId, exit, _cluster.Progress.Recomputed);
            await _cluster.ForgetAsync();
            return new RunOutcome(exit, messages.ToString(), here);
        }
        catch (Exception e)
        {
            // A failed run may be submitted again: the next call starts it afresh instead of answering with this failure.
            _running = null;
            ClusterRunLog.Failed(log, run.RunId, e);
            throw;
        }
    }
}
