using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>The hosted inbox loop: processes ready cases, then waits <c>PollInterval</c>, until the host stops.</summary>
internal sealed class InboxService(InboxProcessor processor, IOptions<WorkerSettings> settings, TimeProvider time, ILogger<InboxService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await processor.ProcessAsync(stoppingToken);
                await Task.Delay(settings.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            WorkerLog.Stopping(log);
        }
    }
}
