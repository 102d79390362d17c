using HotAudit.History;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Cli.Web;

/// <summary>
/// Serves the read-only web view next to the worker when <c>Web:Url</c> is set: a small Kestrel app sharing the
/// worker's run history, started and stopped with the worker.
/// </summary>
internal sealed class WebViewService(IOptions<WebSettings> settings, IRunHistory history, ILoggerFactory loggers, TimeProvider clock) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var s = settings.Value;
        if (!s.Enabled)
        {
            return;
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(s.Url!);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Worker.ScheduleParsing.TryZone(s.TimeZone, out var zone);
        WebEndpoints.Map(_app, history, new WebToken(s.Token), clock, zone ?? TimeZoneInfo.Utc);
        await _app.StartAsync(cancellationToken);
        loggers.CreateLogger<WebViewService>().LogInformation("web view listening on {Url}", s.Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
