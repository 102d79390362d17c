using Microsoft.Extensions.Logging;

namespace HotAudit.Worker;

/// <summary>The worker's log messages (source-generated).</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Information, "Worker started: inbox {Inbox}, reports {Reports}, state {State}, history {History}, {Schedules} schedule(s)")]
    public static partial void Started(ILogger logger, string inbox, string reports, string state, string history, int schedules);

    [LoggerMessage(2, LogLevel.Information, "Claimed {Entry} as case {Case} (run {RunKey})")]
    public static partial void Claimed(ILogger logger, string entry, string @case, string runKey);

    [LoggerMessage(3, LogLevel.Information, "Assessing {Case} ({Source}) from {CaseDirectory}; compared with the previous run: {HasPrevious}")]
    public static partial void Assessing(ILogger logger, string @case, string source, string caseDirectory, bool hasPrevious);

    [LoggerMessage(4, LogLevel.Information, "Reported {Case}: {Overall}, tester code {TesterCode}, {Findings} finding(s) in {ReportDirectory}")]
    public static partial void Reported(ILogger logger, string @case, string overall, string testerCode, int findings, string reportDirectory);

    [LoggerMessage(5, LogLevel.Information, "Run {RunKey} of {Case} is already in the history; not assessed again")]
    public static partial void AlreadyRecorded(ILogger logger, string @case, string runKey);

    [LoggerMessage(6, LogLevel.Warning, "Case {Case} failed: {Reason}; inputs moved to {Destination}")]
    public static partial void CaseFailed(ILogger logger, string @case, string reason, string destination);

    [LoggerMessage(7, LogLevel.Information, "Moved {Entry} to {Destination}")]
    public static partial void Moved(ILogger logger, string entry, string destination);

    [LoggerMessage(8, LogLevel.Information, "Resuming {Entry} at stage {Stage} (run {RunKey})")]
    public static partial void Resuming(ILogger logger, string entry, JournalStage stage, string runKey);

    [LoggerMessage(9, LogLevel.Information, "Schedule {Schedule}: next run at {Next:yyyy-MM-dd'T'HH:mm:sszzz} ({TimeZone})")]
    public static partial void NextRun(ILogger logger, string schedule, DateTimeOffset next, string timeZone);

    [LoggerMessage(10, LogLevel.Information, "Schedule {Schedule}: running the occurrence of {Occurrence:yyyy-MM-dd'T'HH:mm:sszzz} ({Kind})")]
    public static partial void ScheduleRunning(ILogger logger, string schedule, DateTimeOffset occurrence, string kind);

    [LoggerMessage(11, LogLevel.Error, "Schedule {Schedule}: the run of {Occurrence:yyyy-MM-dd'T'HH:mm:sszzz} failed: {Reason}")]
    public static partial void ScheduleFailed(ILogger logger, string schedule, DateTimeOffset occurrence, string reason);

    [LoggerMessage(12, LogLevel.Information, "Stopping; a run in progress, if any, is abandoned and redone at the next start")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(13, LogLevel.Error, "Inbox entry {Entry} could not be handled, will retry: {Reason}")]
    public static partial void EntryError(ILogger logger, string entry, string reason);

    [LoggerMessage(14, LogLevel.Warning, "Case {Case} was assessed with problems (exit {ExitCode}): {Messages}")]
    public static partial void AssessedWithProblems(ILogger logger, string @case, int exitCode, string messages);

    [LoggerMessage(15, LogLevel.Warning, "Kept monitor state {Path} ignored (the monitor judges without it): {Reason}")]
    public static partial void KeptStateIgnored(ILogger logger, string path, string reason);

    [LoggerMessage(16, LogLevel.Information, "Case {Case}: {Days} kept monitor day(s) of {Apps} app(s) as history")]
    public static partial void KeptStateLoaded(ILogger logger, string @case, int days, int apps);

    [LoggerMessage(17, LogLevel.Warning, "Kept monitor state of case {Case} not updated: {Reason}")]
    public static partial void KeptStateNotSaved(ILogger logger, string @case, string reason);
}
