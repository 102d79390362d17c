using HotAudit.Assessment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

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
            WorkerLog.Resuming(log, LogText.Escape(entry.Entry.Name), entry.Stage, entry.RunKey);
            await AdvanceAsync(entry, ct);
        }
        foreach (var ready in InboxScanner.Ready(paths.Inbox).Where(e => !journal.Contains(e.Name)))
        {
            await ClaimAsync(ready, ct);
        }
    }

    /// <summary>Journals and runs a new entry; one that cannot even be journaled is logged and left for the next poll.</summary>
    private async Task ClaimAsync(InboxEntry ready, CancellationToken ct)
    {
        var claim = new JournalEntry(ready, Guid.NewGuid().ToString("N"), JournalStage.Claimed, time.GetUtcNow());
        try
        {
            journal.Write(claim);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WorkerLog.EntryError(log, LogText.Escape(ready.Name), LogText.Escape(e.Message));
            return;
        }
        WorkerLog.Claimed(log, LogText.Escape(ready.Name), LogText.Escape(ready.Case), claim.RunKey);
        await AdvanceAsync(claim, ct);
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
            WorkerLog.EntryError(log, LogText.Escape(entry.Entry.Name), LogText.Escape(e.Message));
        }
    }

    private async Task<JournalEntry> AssessAsync(JournalEntry entry, CancellationToken ct)
    {
        string caseDir;
        try
        {
            caseDir = PrepareCase(entry);
        }
        catch (CaseRejectedException e)
        {
            return Failed(entry, $"{LogText.Escape(entry.Entry.Name)}: rejected: {e.Message}");
        }
        var job = new CaseJob(entry.RunKey, entry.Entry.Case, ReportFolders.InboxSource, caseDir, ReportFolders.ForInbox(paths, entry.Entry.Case));
        var outcome = await assessor.RunAsync(job, ct);
        if (!outcome.Reported || outcome.ExitCode is ExitCodes.BadInput or ExitCodes.InternalError)
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

    /// <summary>The folder to assess: the inbox folder itself (without links), or a zip extracted afresh into state/work/.</summary>
    /// <exception cref="CaseRejectedException">The name cannot be a case, the folder holds a link, or the zip cannot be extracted.</exception>
    private string PrepareCase(JournalEntry entry)
    {
        if (CaseNames.InboxProblem(entry.Entry.Case) is { } name)
        {
            throw new CaseRejectedException($"{name} (case names: at most {CaseNames.MaxBytes} bytes, no control characters, not 'schedules')");
        }
        if (entry.Entry.Kind == InboxEntryKind.Folder)
        {
            return FolderCase.Checked(Path.Combine(paths.Inbox, entry.Entry.Name));
        }
        var target = WorkFolder(entry);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        PrivateFiles.CreateFolder(paths.Work);
        return SafeZipExtractor.Extract(Path.Combine(paths.Inbox, entry.Entry.Name), target, ZipLimits.From(settings.Value));
    }

    private void Finish(JournalEntry entry)
    {
        var destination = entry.Destination!;
        if (entry.Stage == JournalStage.Failed)
        {
            InputMover.WriteError(destination, entry.Error ?? "failed");
            WorkerLog.CaseFailed(log, LogText.Escape(entry.Entry.Case), LogText.Escape(entry.Error ?? "failed"), destination);
        }
        if (InputMover.Move(paths.Inbox, entry.Entry, destination))
        {
            WorkerLog.Moved(log, LogText.Escape(entry.Entry.Name), destination);
        }
        if (Directory.Exists(WorkFolder(entry)))
        {
            Directory.Delete(WorkFolder(entry), recursive: true);
        }
        journal.Remove(entry.Entry.Name);
    }

    private string WorkFolder(JournalEntry entry) => Path.Combine(paths.Work, entry.RunKey);
}
