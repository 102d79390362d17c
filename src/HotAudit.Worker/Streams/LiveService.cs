using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Streams;

/// <summary>
/// The live path: opens the streams' journals at start (before the web server takes batches) and assesses each stream
/// with new rows every <see cref="StreamSettings.Interval"/>.
/// </summary>
internal sealed class LiveService(IOptions<LiveSettings> settings, StreamRegistry streams) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.Enabled)
        {
            streams.Open();
        }
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
