namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// The legitimate unusual days of a case, one per (app, version, day), first kind wins: holidays, a new version's
/// first three days, the day of a big prompted release and the day after, and each app's weekly peak day.
/// </summary>
internal static class ControlPlanner
{
    public static List<NegativeControl> Plan(SeasonalWorld world, IReadOnlyList<(SimVersion Version, int Day)> bigReleases)
    {
        var controls = new Dictionary<(SimVersion, int), string>();
        void Add(SimVersion version, int day, string kind)
        {
            if (day >= 0 && day < world.Days && version.Live(day))
            {
                controls.TryAdd((version, day), kind);
            }
        }
        foreach (var version in world.Versions)
        {
            foreach (var day in world.Holidays.Keys)
            {
                Add(version, day, AnomalyKinds.Holiday);
            }
            if (version.ReleaseDay >= 0)
            {
                for (var d = 0; d < 3; d++)
                {
                    Add(version, version.ReleaseDay + d, AnomalyKinds.NewVersionFirstDays);
                }
            }
        }
        foreach (var (version, day) in bigReleases)
        {
            Add(version, day, AnomalyKinds.ReleaseDay);
            Add(version, day + 1, AnomalyKinds.ReleaseDay);
        }
        foreach (var version in world.Versions)
        {
            for (var d = 0; d < world.Days; d++)
            {
                if (world.Weekday(d) == version.App.PeakDay)
                {
                    Add(version, d, AnomalyKinds.WeeklyPeak);
                }
            }
        }
        return controls
            .Select(c => new NegativeControl(c.Key.Item1.App.Id, c.Key.Item1.Name, world.Date(c.Key.Item2), c.Value))
            .OrderBy(c => c.Day).ThenBy(c => c.AppId, StringComparer.Ordinal).ThenBy(c => c.AppVersion, StringComparer.Ordinal)
            .ToList();
    }
}
