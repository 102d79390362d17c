using HotAudit.Worker.Streams.Evaluation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Streams;

/// <summary>
/// The live path: opens the streams' journals at start (before the web server takes batches), then assesses each
/// stream with new rows every <see cref="StreamSettings.Interval"/> (at once after a start, when rows came in since its
/// last evaluation). Evaluations run one at a time, so the machine's cores go to one assessment and to ingest.
/// </summary>
internal sealed class LiveService(
    IOptions<LiveSettings> settings, StreamRegistry streams, StreamEvaluator evaluator, View.LiveEvents events, Alerts.StreamAlerts alerts,
    WorkerPaths paths, TimeProvider time, ILogger<LiveService> log)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.Enabled)
        {
            streams.Open();
            evaluator.Published += async (stream, key, report, ct) =>
            {
                await alerts.QueueAsync(stream, key, report, ct);
                events.Publish(View.StreamEndpoints.EventOf(stream, paths));
            };
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }
        await Task.Yield();
        foreach (var stream in streams.All)
        {
            try
            {
                await alerts.RecoverAsync(stream, paths, stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                LiveLog.EvaluationError(log, stream.Name, "its last evaluation's alerts could not be queued again: " + LogText.Escape(e.Message));
            }
        }
        var due = streams.All.ToDictionary(s => s.Name, _ => time.GetUtcNow(), StringComparer.OrdinalIgnoreCase);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var stream in streams.All.Where(s => due[s.Name] <= time.GetUtcNow()))
            {
                due[stream.Name] = time.GetUtcNow() + stream.Settings.Interval;
                await EvaluateAsync(stream, stoppingToken);
            }
            var wait = due.Values.Min() - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task EvaluateAsync(LiveStream stream, CancellationToken ct)
    {
        try
        {
            await evaluator.EvaluateAsync(stream, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LiveLog.EvaluationError(log, stream.Name, LogText.Escape(e.Message));
        }
    }
}
