using System.Globalization;
using HotAudit.Core.Assessment;
using HotAudit.History;
using HotAudit.Ingestion.Live;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams.Evaluation;

/// <summary>
/// One evaluation of a stream: its last <see cref="StreamSettings.LastDays"/> (counted back from its newest event) from
/// the journal as a case folder (<see cref="StreamCase"/>), assessed like any case by <see cref="CaseAssessor"/> (the
/// same entry point, packs and history; the previous evaluation is the baseline; the mapping's sections for the reference
/// files only, as the journal's rows were mapped when posted: <see cref="LiveMapping"/>), published to
/// <c>reports/streams/&lt;name&gt;/</c>, then what is new since the previous evaluation handed to the alerts.
/// The run key is the stream and its last batch, so the same rows are never assessed twice. An evaluation uses one core
/// less than the machine has (at least one), so batches posted meanwhile are read and acknowledged without waiting for it.
/// </summary>
internal sealed class StreamEvaluator(CaseAssessor assessor, IRunHistory history, WorkerPaths paths, ILogger<StreamEvaluator> log)
{
    /// <summary>Told of each published evaluation: the stream, its run key and report folder.</summary>
    public event Func<LiveStream, string, string, CancellationToken, Task>? Published;

    public static string RunKey(string stream, long batch) => string.Create(CultureInfo.InvariantCulture, $"{stream}@b{batch}");

    /// <summary>Whether the stream has rows its latest evaluation did not see.</summary>
    public async Task<bool> IsDueAsync(LiveStream stream, CancellationToken ct) =>
        stream.Journal.NewestTs is not null && !await history.ContainsAsync(RunKey(stream.Name, stream.Journal.LastBatch), ct);

    /// <summary>Assesses the stream when it has new rows; true when an evaluation was published.</summary>
    public async Task<bool> EvaluateAsync(LiveStream stream, CancellationToken ct)
    {
        if (!await IsDueAsync(stream, ct))
        {
            return false;
        }
        var newest = stream.Journal.NewestTs!.Value;
        var from = newest - TimeSpan.FromDays(stream.Settings.LastDays).Ticks;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var window = StreamCase.Build(stream, from);
        var windowMs = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var mapping = LiveMapping.ForEvaluation(LiveStream.Reference(stream.Settings), Path.Combine(stream.Folder, "evaluation-mapping.yaml"));
        var key = RunKey(stream.Name, window.LastBatch);
        LiveLog.Evaluating(log, stream.Name, window.Rows, window.LastBatch, stream.Settings.LastDays, new DateTimeOffset(newest, TimeSpan.Zero), windowMs);
        var report = ReportFolders.ForStream(paths, stream.Name);
        var job = new CaseJob(key, stream.Name, ReportFolders.StreamSource, stream.Case, report,
            window.Cut ? new DateTimeOffset(from, TimeSpan.Zero) : null, "stream:" + stream.Name,
            ScenarioOf(stream.Settings.Scenario), mapping, KeepsMonitor: false,
            Parallelism: Math.Max(1, Environment.ProcessorCount - 1));
        var outcome = await assessor.RunAsync(job, ct);
        if (!outcome.Reported)
        {
            LiveLog.EvaluationFailed(log, stream.Name, window.LastBatch, outcome.ExitCode, LogText.Escape(outcome.Messages.Trim()));
            return false;
        }
        if (Published is { } published)
        {
            await published(stream, key, report, ct);
        }
        return true;
    }

    private static Scenario? ScenarioOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : Enum.Parse<Scenario>(text, ignoreCase: true);
}
