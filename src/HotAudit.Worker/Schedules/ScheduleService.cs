using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>The hosted schedules: one <see cref="ScheduleLoop"/> per configured schedule, side by side.</summary>
internal sealed class ScheduleService(
    IOptions<WorkerSettings> settings, WorkerPaths paths, IScheduledRunner runner, TimeProvider time, ILogger<ScheduleService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var state = new ScheduleStateStore(paths.Schedules);
        var loops = settings.Value.Schedules
            .Select(s => new ScheduleLoop(ScheduleDefinition.From(s), state, runner, time, log).RunAsync(stoppingToken));
        try
        {
            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an occurrence in progress was abandoned; it is not recorded, so it runs again at the next start.
        }
    }
}
