using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Cli.Worker;

/// <summary>
/// Takes the inbox's ready cases one at a time through the journal: claim → assessed (or failed) → moved. Every step
/// is written to the journal before the next starts and every step can be repeated, so after a crash the entry resumes
/// where it stood: neither lost (it stays in the inbox until its report and run are in place) nor assessed twice (the
/// history holds one run per claim).
/// </summary>
internal sealed class InboxProcessor(
    WorkerPaths paths, CaseAssessor assessor, IOptions<WorkerSettings> settings, TimeProvider time, ILogger<InboxProcessor> log)
{
    private readonly Journal journal = new(paths.Journal);

    /// <summary>Resumes what the journal holds, then claims and runs each new ready case.</summary>
    public async Task ProcessAsync(CancellationToken ct)
    {
        foreach (var entry in journal.All())
        {
            WorkerLog.Resuming(log, entry.Entry.Name, entry.Stage, entry.RunKey);
            await AdvanceAsync(entry, ct);
        }
        foreach (var ready in InboxScanner.Ready(paths.Inbox).Where(e => !journal.Contains(e.Name)))
        {
            var claim = new JournalEntry(ready, Guid.NewGuid().ToString("N"), JournalStage.Claimed, time.GetUtcNow());
            journal.Write(claim);
            WorkerLog.Claimed(log, ready.Name, ready.Case, claim.RunKey);
            await AdvanceAsync(claim, ct);
        }
    }

    private async Task AdvanceAsync(JournalEntry entry, CancellationToken ct)
    {
        try
        {
            if (entry.Stage == JournalStage.Claimed)
            {
                entry = await AssessAsync(entry, ct);
                journal.Write(entry);
            }
            Finish(entry);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WorkerLog.EntryError(log, entry.Entry.Name, e.Message);
        }
    }

    private async Task<JournalEntry> AssessAsync(JournalEntry entry, CancellationToken ct)
    {
        string caseDir;
        try
        {
            caseDir = PrepareCase(entry);
        }
        catch (ZipRejectedException e)
        {
            return Failed(entry, $"{entry.Entry.Name}: rejected: {e.Message}");
        }
        var job = new CaseJob(entry.RunKey, entry.Entry.Case, "inbox", caseDir, Path.Combine(paths.Reports, entry.Entry.Case));
        var outcome = await assessor.RunAsync(job, ct);
        if (!outcome.Reported || outcome.ExitCode is Program.BadInput or Program.InternalError)
        {
            var why = outcome.Reported ? $"the report was written to {job.ReportDirectory}, but:\n{outcome.Messages}" : outcome.Messages;
            return Failed(entry, $"{entry.Entry.Name}: exit {outcome.ExitCode}: {why}");
        }
        return entry with { Stage = JournalStage.Assessed, Destination = InputMover.DestinationFor(paths.Processed, entry.Entry, entry.RunKey, time.GetUtcNow()) };
    }

    private JournalEntry Failed(JournalEntry entry, string error) => entry with
    {
        Stage = JournalStage.Failed,
        Error = error,
        Destination = InputMover.DestinationFor(paths.Failed, entry.Entry, entry.RunKey, time.GetUtcNow()),
    };

    /// <summary>The folder to assess: the inbox folder itself, or a zip extracted afresh into state/work/.</summary>
    private string PrepareCase(JournalEntry entry)
    {
        if (entry.Entry.Kind == InboxEntryKind.Folder)
        {
            return Path.Combine(paths.Inbox, entry.Entry.Name);
        }
        var target = WorkFolder(entry);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        return SafeZipExtractor.Extract(Path.Combine(paths.Inbox, entry.Entry.Name), target, ZipLimits.From(settings.Value));
    }

    private void Finish(JournalEntry entry)
    {
        var destination = entry.Destination!;
        if (entry.Stage == JournalStage.Failed)
        {
            InputMover.WriteError(destination, entry.Error ?? "failed");
            WorkerLog.CaseFailed(log, entry.Entry.Case, entry.Error ?? "failed", destination);
        }
        if (InputMover.Move(paths.Inbox, entry.Entry, destination))
        {
            WorkerLog.Moved(log, entry.Entry.Name, destination);
        }
        if (Directory.Exists(WorkFolder(entry)))
        {
            Directory.Delete(WorkFolder(entry), recursive: true);
        }
        journal.Remove(entry.Entry.Name);
    }

    private string WorkFolder(JournalEntry entry) => Path.Combine(paths.Work, entry.RunKey);
}
