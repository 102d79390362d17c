namespace HotAudit.Worker;

/// <summary>When a schedule is due, from the last occurrence it completed and the time now.</summary>
internal static class SchedulePlanner
{
    /// <summary>
    /// The latest occurrence after <paramref name="last"/> and at or before <paramref name="now"/>, or null when none
    /// is due. However many occurrences were missed while the worker was down, only the latest is returned: a missed
    /// run runs once.
    /// </summary>
    public static DateTimeOffset? Due(ScheduleDefinition schedule, DateTimeOffset last, DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        foreach (var occurrence in schedule.Cron.GetOccurrences(last, now, schedule.Zone, fromInclusive: false, toInclusive: true))
        {
            latest = occurrence;
        }
        return latest;
    }

    /// <summary>The first occurrence after <paramref name="from"/>; <see cref="DateTimeOffset.MaxValue"/> for one that never comes.</summary>
    public static DateTimeOffset Next(ScheduleDefinition schedule, DateTimeOffset from) =>
        schedule.Cron.GetNextOccurrence(from, schedule.Zone) ?? DateTimeOffset.MaxValue;
}
