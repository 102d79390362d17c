using System.Globalization;
using HotAudit.Assessment;
using HotAudit.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>
/// Runs one job: the previous run of the case from the same source (inbox or schedule) in the history as baseline, the assessment into a staging folder, the
/// staging folder renamed onto the report folder, the anomaly monitor's kept days updated, then the run recorded under
/// its key. The monitor judges tonight with the days kept from earlier runs of the same case. Cancellation abandons the
/// assessment before anything is published; a job whose key the history already holds is not run again.
/// </summary>
internal sealed class CaseAssessor(IRunHistory history, AssessServices services, CaseLocks locks, IOptions<WorkerSettings> settings, ILogger<CaseAssessor> log)
{
    public async Task<CaseOutcome> RunAsync(CaseJob job, CancellationToken ct)
    {
        using var held = await locks.AcquireAsync(job.LockKey ?? job.Case, ct);
        if (await history.ContainsAsync(job.RunKey, ct))
        {
            WorkerLog.AlreadyRecorded(log, job.Case, job.RunKey);
            return new CaseOutcome(true, ExitCodes.Ok, "");
        }
        var started = services.Time.GetUtcNow();
        var staging = ReportPublisher.StagingFor(job.ReportDirectory, job.RunKey);
        DeleteFolder(staging);
        Directory.CreateDirectory(Path.GetDirectoryName(staging)!);
        var messages = new StringWriter(CultureInfo.InvariantCulture);
        var kept = KeptMonitorStore.For(WorkerPaths.From(settings.Value), job.Source, job.Case, log);
        var options = await OptionsFor(job, staging, job.KeepsMonitor ? kept.Load() : null, ct);
        WorkerLog.Assessing(log, job.Case, job.Source, job.CaseDirectory, options.PreviousRun is not null);
        var run = await AssessAsync(options, messages, ct);
        if (run.Result is null)
        {
            DeleteFolder(staging);
            return new CaseOutcome(false, run.ExitCode, messages.ToString());
        }
        ct.ThrowIfCancellationRequested();
        ReportPublisher.Publish(staging, job.ReportDirectory);
        if (run.KeptMonitor is { } memory && job.KeepsMonitor)
        {
            // Before the run is recorded: a crash in between redoes the run, whose days replace the same kept days.
            kept.Save(memory);
        }
        var record = RunRecords.Of(job, run.Result, started, services.Time.GetUtcNow(), InputsDigest.Of(job.CaseDirectory));
        await history.RecordAsync(record, CancellationToken.None);
        WorkerLog.Reported(log, job.Case, run.Result.Overall, run.Result.TesterCode ?? "none (incomplete)", run.Result.Findings.Count, job.ReportDirectory);
        return new CaseOutcome(true, run.ExitCode, messages.ToString());
    }

    /// <summary>Runs the assessment off the worker's loop, so a stop request returns at once and abandons it.</summary>
    private async Task<AssessRun> AssessAsync(AssessRequest options, StringWriter messages, CancellationToken ct)
    {
        var runner = new AssessRunner(services, messages);
        try
        {
            return await Task.Run(() => runner.RunForResultAsync(options, ct), ct).WaitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await messages.WriteLineAsync($"hotaudit: internal error: {e.Message}");
            return new AssessRun(ExitCodes.InternalError, null);
        }
    }

    private async Task<AssessRequest> OptionsFor(CaseJob job, string staging, HotAudit.Anomalies.Memory.MonitorMemory? keptMonitor, CancellationToken ct) => new()
    {
        CaseDirectory = job.CaseDirectory,
        Out = staging,
        Formats = WorkerSettingsValidator.FormatList(settings.Value),
        RuleFolders = [ShippedRules.Folder],
        PreviousRun = await history.LatestFindingsAsync(job.Case, job.Source, ct),
        Since = job.Since?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        CommandLine = $"hotaudit worker ({job.Source}: {job.Case})",
        LimitCaps = new HotAudit.Ingestion.ReadLimits(settings.Value.MaxLineBytes, settings.Value.GzipMaxBytes, settings.Value.GzipMaxRatio),
        KeptMonitor = keptMonitor,
        Scenario = job.Scenario,
        Mapping = job.Mapping,
        Parallelism = job.Parallelism,
    };

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
