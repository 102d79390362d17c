using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Alerts;

/// <summary>
/// Posts the outbox's alerts to <c>Alerts:Webhook</c>, oldest first, each until the webhook answers 2xx (then its file
/// is removed), waiting 1 s, 2 s, 4 s … up to a minute after a failure. What is in the outbox at start, left by a
/// stopped or killed worker, is sent first: an alert is sent at least once, never lost.
/// </summary>
internal sealed class AlertSender(IOptions<Streams.LiveSettings> settings, AlertOutbox outbox, TimeProvider time, ILogger<AlertSender> log) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Alerts.Enabled)
        {
            return;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var webhook = new Uri(settings.Value.Alerts.Webhook!);
        var delay = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            var failed = false;
            foreach (var file in outbox.Pending())
            {
                if (await SendAsync(http, webhook, file, stoppingToken) is { } reason)
                {
                    failed = true;
                    delay = delay == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
                    AlertLog.NotDelivered(log, Path.GetFileName(file), LogText.Escape(reason), delay);
                    break;
                }
            }
            delay = failed ? delay : TimeSpan.Zero;
            try
            {
                if (failed)
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                else
                {
                    await outbox.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Posts one alert; null when it was delivered (its file removed), else why not.</summary>
    private async Task<string?> SendAsync(HttpClient http, Uri webhook, string file, CancellationToken ct)
    {
        try
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, ct));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await http.PostAsync(webhook, content, ct);
            if (response.IsSuccessStatusCode)
            {
                File.Delete(file);
                AlertLog.Delivered(log, Path.GetFileName(file), (int)response.StatusCode);
                return null;
            }
            return $"the webhook answered {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return e.Message;
        }
    }
}
