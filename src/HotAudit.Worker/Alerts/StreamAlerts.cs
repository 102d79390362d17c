using System.Text;
using HotAudit.History;
using HotAudit.Worker.Streams;
using HotAudit.Worker.Streams.Evaluation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Alerts;

/// <summary>
/// Turns a published evaluation into alerts in the outbox, then marks the stream's last alerted run
/// (<c>streams/&lt;name&gt;/alerted</c>). At start, a stream whose newest recorded evaluation is not marked (the worker
/// died between recording and queueing) has its alerts queued again from that evaluation's findings.json.
/// </summary>
internal sealed class StreamAlerts(IOptions<LiveSettings> settings, IOptions<Web.WebSettings> web, AlertOutbox outbox, IRunHistory history, ILogger<StreamAlerts> log)
{
    public async Task QueueAsync(LiveStream stream, string runKey, string reportDirectory, CancellationToken ct)
    {
        if (!settings.Value.Alerts.Enabled)
        {
            return;
        }
        var findings = await File.ReadAllTextAsync(Path.Combine(reportDirectory, HotAudit.Reporting.ReportWriter.JsonFile), ct);
        var runs = await history.ListAsync(stream.Name, CancellationToken.None);
        var runId = runs.FirstOrDefault(r => r.Source == ReportFolders.StreamSource)?.Id;
        var alerts = AlertBuilder.NewFindings(findings, stream.Name, runKey, runId, BaseUrl());
        outbox.Enqueue(stream.Name, runKey, alerts);
        Mark(stream, runKey);
        LiveLog.AlertsQueued(log, stream.Name, alerts.Count);
    }

    /// <summary>Queues again what a crash may have lost: the newest evaluation's alerts, when not marked as queued.</summary>
    public async Task RecoverAsync(LiveStream stream, WorkerPaths paths, CancellationToken ct)
    {
        var key = StreamEvaluator.RunKey(stream.Name, stream.Journal.LastBatch);
        var marker = MarkerOf(stream);
        if (!settings.Value.Alerts.Enabled || (File.Exists(marker) && await File.ReadAllTextAsync(marker, ct) == key) || !await history.ContainsAsync(key, ct))
        {
            return;
        }
        await QueueAsync(stream, key, ReportFolders.ForStream(paths, stream.Name), ct);
    }

    private static string MarkerOf(LiveStream stream) => Path.Combine(stream.Folder, "alerted");

    private static void Mark(LiveStream stream, string runKey)
    {
        var temp = MarkerOf(stream) + ".tmp";
        using (var file = new FileStream(temp, PrivateFiles.CreateOptions))
        {
            file.Write(Encoding.UTF8.GetBytes(runKey));
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, MarkerOf(stream), overwrite: true);
    }

    /// <summary>The web view's address for links, when it names one host; empty (links relative to the view) for a wildcard.</summary>
    private string BaseUrl()
    {
        var url = web.Value.Url?.Trim().TrimEnd('/') ?? "";
        var host = Web.WebSettingsValidator.HostOf(url);
        return host is null or "*" or "+" or "0.0.0.0" or "::" ? "" : url;
    }
}
