namespace HotAudit.Worker;

/// <summary>One schedule of <c>Worker:Schedules</c>: assess a case folder at every occurrence of a cron expression.</summary>
public sealed class ScheduleSettings
{
    /// <summary>Unique name: the history's case name and the report folder under <c>reports/&lt;date&gt;/</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Cron expression, five fields (minute hour day month weekday) or six with seconds first.</summary>
    public string Cron { get; set; } = "";

    /// <summary>IANA (or Windows) time zone the expression is read in; default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The case folder to assess.</summary>
    public string Case { get; set; } = "";

    /// <summary>When set, the case is an append-only folder and only event logs written in the last N days are assessed.</summary>
    public int? LastDays { get; set; }
}
