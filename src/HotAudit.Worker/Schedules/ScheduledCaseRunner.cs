using System.Globalization;
using HotAudit.Assessment;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker;

/// <summary>
/// Runs a schedule's occurrence as a job: the case folder (or, with <c>LastDays</c>, a view of its recent files) is
/// assessed into <c>reports/schedules/&lt;yyyy-MM-dd&gt;/&lt;schedule&gt;/</c>, the date being the occurrence's in the schedule's zone.
/// </summary>
internal sealed class ScheduledCaseRunner(WorkerPaths paths, CaseAssessor assessor, ILogger<ScheduledCaseRunner> log) : IScheduledRunner
{
    public async Task RunAsync(ScheduleDefinition schedule, DateTimeOffset occurrence, CancellationToken ct)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{schedule.Name}@{occurrence.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
        var day = schedule.Local(occurrence).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var since = schedule.LastDays is { } days ? occurrence.AddDays(-days) : (DateTimeOffset?)null;
        var view = since is { } from ? RecentFilesView.Build(schedule.Case, Path.Combine(paths.Work, "schedule-" + schedule.Name), from) : schedule.Case;
        var job = new CaseJob(key, schedule.Name, ReportFolders.ScheduleSource, view, ReportFolders.ForSchedule(paths, day, schedule.Name), since, schedule.Case);
        var outcome = await assessor.RunAsync(job, ct);
        if (!outcome.Reported)
        {
            throw new InvalidOperationException($"exit {outcome.ExitCode}: {outcome.Messages.Trim()}");
        }
        if (outcome.ExitCode is ExitCodes.BadInput or ExitCodes.InternalError)
        {
            WorkerLog.AssessedWithProblems(log, schedule.Name, outcome.ExitCode, outcome.Messages.Trim());
        }
    }
}
