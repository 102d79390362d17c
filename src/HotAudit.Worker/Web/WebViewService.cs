using HotAudit.History;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Web;

/// <summary>
/// Serves the read-only web view next to the worker when <c>Web:Url</c> is set: a small Kestrel app sharing the
/// worker's run history, started and stopped with the worker. Its host is built empty (no configuration source, no
/// appsettings.json of the install folder, no environment variable) and Kestrel is bound in code (<see cref="WebListen"/>),
/// so the worker's own <c>Web</c> settings are the only ones that count.
/// </summary>
internal sealed class WebViewService(
    IOptions<WebSettings> settings, IOptions<Streams.LiveSettings> live, Streams.StreamRegistry streams, Streams.View.LiveEvents events, WorkerPaths paths, IRunHistory history, ILoggerFactory loggers, TimeProvider clock) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var s = settings.Value;
        if (!s.Enabled)
        {
            return;
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Ingest bodies are limited by Ingest:MaxBody with a reason; the view takes no bodies.
            k.Limits.MaxRequestBodySize = null;
            WebListen.Configure(k, s.Url!);
        });
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        var log = loggers.CreateLogger<WebViewService>();
        Worker.ScheduleParsing.TryZone(s.TimeZone, out var zone);
        WebEndpoints.Map(_app, history, new WebToken(s.Token), clock, log, zone ?? TimeZoneInfo.Utc, live.Value.Enabled);
        if (live.Value.Enabled)
        {
            Streams.Ingest.IngestEndpoints.Map(_app, streams, live.Value, log);
            Streams.View.StreamEndpoints.Map(_app, streams, paths, events);
        }
        await _app.StartAsync(cancellationToken);
        WebLog.Listening(log, s.Url!);
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
