namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The calendar's negative controls, for every vector with telemetry on those days: holidays (far less traffic),
/// the weekly and month-end peaks of apps that have them (both are the busy days of a seasonal pattern, so both are
/// labelled <see cref="AnomalyKinds.WeeklyPeak"/>), and the first three days of every version launched in the case.
/// </summary>
internal static class ControlsBuilder
{
    public static void Add(OperatorWorld world, Ledger ledger, VectorIndex index)
    {
        var calendar = world.Calendar;
        foreach (var (version, day) in index.Keys)
        {
            var plan = world.Versions[version];
            if (calendar.Holidays.Contains(day))
                ledger.Control(plan, day, AnomalyKinds.Holiday);
            else if (world.AppOf(plan).IsPeak(calendar, day))
                ledger.Control(plan, day, AnomalyKinds.WeeklyPeak);
        }
        foreach (var version in world.Versions.Where(v => v.LaunchDay >= 0))
        {
            for (var day = version.LaunchDay; day < version.LaunchDay + 3 && day < calendar.Days; day++)
                ledger.Control(version, day, AnomalyKinds.NewVersionFirstDays);
        }
    }
}
