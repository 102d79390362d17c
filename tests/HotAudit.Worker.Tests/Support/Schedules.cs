using HotAudit.Worker;

namespace HotAudit.Worker.Tests;

/// <summary>Schedules for tests: <c>0 2 * * *</c> (every night at two) in a named zone.</summary>
internal static class Schedules
{
    public static ScheduleDefinition Nightly(string zone, string cron = "0 2 * * *") =>
        ScheduleDefinition.From(new ScheduleSettings { Name = "nightly", Cron = cron, TimeZone = zone, Case = Path.GetTempPath() });

    public static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);
}
