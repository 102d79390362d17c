namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The negative controls the telemetry decides, recorded before the telemetry anomalies are placed: the holiday's days
/// on each app's main version, a new version's first three days, the biggest single-publish release days (the most
/// applies), and the weekend peaks of the consumer apps' main versions.
/// </summary>
internal static class ControlsBuilder
{
    private const int ReleaseDays = 5;
    private const int PeakApps = 3;

    public static void Add(FleetWorld world, IReadOnlyList<FleetOp> ordered, VectorIndex index, FleetLedger ledger)
    {
        var main = world.Apps.Select(a => world.VersionsOf(a).Where(v => v.Launch == 0).MaxBy(v => v.Weight)!).ToList();
        foreach (var day in world.Holidays.Order())
        {
            foreach (var version in main.Where(v => index.Stats(v.Index, day).Active >= 20))
                ledger.Control(version.Index, day, AnomalyKinds.Holiday);
        }
        foreach (var version in world.Versions.Where(v => v.Launch > 0))
        {
            foreach (var day in Enumerable.Range(version.Launch, 3).Where(d => index.Has(version.Index, d)))
                ledger.Control(version.Index, day, AnomalyKinds.NewVersionFirstDays);
        }
        var publishes = ordered.Where(o => o.Action == "publish").GroupBy(o => (o.Version, Day: world.DayOf(o.Local)))
            .Where(g => g.Count() == 1).Select(g => g.Key);
        foreach (var (version, day) in publishes.Select(k => (k.Version, k.Day, Applies: index.Stats(k.Version, k.Day).Applies))
            .Where(k => k.Applies >= 50).OrderByDescending(k => k.Applies).ThenBy(k => k.Version).ThenBy(k => k.Day)
            .Take(ReleaseDays).Select(k => (k.Version, k.Day)))
            ledger.Control(version, day, AnomalyKinds.ReleaseDay);
        foreach (var version in main.Where(v => world.AppOf(v).Profile.Consumer).OrderByDescending(v => world.AppOf(v).Devices).Take(PeakApps))
        {
            foreach (var day in Enumerable.Range(0, world.Days).Where(d => world.Date(d).DayOfWeek == DayOfWeek.Saturday && !world.Holidays.Contains(d)))
                ledger.Control(version.Index, day, AnomalyKinds.WeeklyPeak);
        }
    }
}
