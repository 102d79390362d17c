namespace HotAudit.Worker;

/// <summary>
/// The separate namespaces of the worker's reports and kept monitor days: an inbox case's reports in
/// <c>reports/&lt;case&gt;/</c>, a schedule's in <c>reports/schedules/&lt;yyyy-MM-dd&gt;/&lt;schedule&gt;/</c>; kept days
/// in <c>state/models/inbox/&lt;case&gt;/</c> and <c>state/models/schedule/&lt;schedule&gt;/</c>. An inbox case may not be
/// named <c>schedules</c> (<see cref="CaseNames.Reserved"/>), so neither can reach the other's folders.
/// </summary>
internal static class ReportFolders
{
    public const string Schedules = "schedules";

    public const string InboxSource = "inbox";

    public const string ScheduleSource = "schedule";

    /// <summary>Report folder of the live streams, and their runs' source in the history.</summary>
    public const string Streams = "streams";

    public const string StreamSource = "stream";

    public static string ForInbox(WorkerPaths paths, string caseName) => Path.Combine(paths.Reports, caseName);

    public static string ForStream(WorkerPaths paths, string stream) => Path.Combine(paths.Reports, Streams, stream);

    public static string ForSchedule(WorkerPaths paths, string day, string schedule) => Path.Combine(paths.Reports, Schedules, day, schedule);
}
