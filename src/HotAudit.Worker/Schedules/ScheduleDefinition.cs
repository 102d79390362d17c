using Cronos;

namespace HotAudit.Worker;

/// <summary>A schedule, parsed: when it fires (cron in its time zone) and what it assesses.</summary>
internal sealed record ScheduleDefinition(string Name, CronExpression Cron, TimeZoneInfo Zone, string Case, int? LastDays)
{
    /// <summary>Parses validated settings.</summary>
    public static ScheduleDefinition From(ScheduleSettings s)
    {
        ScheduleParsing.TryCron(s.Cron, out var cron);
        ScheduleParsing.TryZone(s.TimeZone, out var zone);
        return new ScheduleDefinition(s.Name, cron ?? throw new ArgumentException($"bad cron '{s.Cron}'"),
            zone ?? throw new ArgumentException($"bad time zone '{s.TimeZone}'"), Path.GetFullPath(s.Case), s.LastDays);
    }

    /// <summary>The occurrence as local time in the schedule's zone.</summary>
    public DateTimeOffset Local(DateTimeOffset occurrence) => TimeZoneInfo.ConvertTime(occurrence, Zone);
}
