namespace HotAudit.Anomalies.Features;

/// <summary>
/// Applies per active device against the day before, on a settled day: neither that day nor the day before saw a
/// publish, a rollback or a targeting change on the version, so devices had no new reason to apply. Outside a release,
/// applies come from devices catching up with the active patch, fewer each day; a day on which the version's devices
/// apply several times more than the day before, with nothing released, is the "frequent updates" of clause 7.2 f (a
/// patch pushed again and again, or outside the platform). Compared with the day before, not with the window's level:
/// the level after a release falls for days, and a level model would count that fall as its usual spread.
/// </summary>
internal static class ApplyChange
{
    /// <summary>
    /// The ratio ((applies + ½) / active) on the day over the same the day before, and its base: the effective number of
    /// applies behind it, 1 / (1/(a₁ + ½) + 1/(a₀ + ½)), whose inverse is the ratio's sampling variance on the log scale.
    /// Null when the operation log does not cover both days (a release could not be seen), when either day released
    /// anything, or when either day had fewer than the minimum base of active devices.
    /// </summary>
    public static (double? Value, int Base) Of(FeatureDay day)
    {
        var (today, before) = (day.Telemetry, day.TelemetryBefore);
        if (!day.LoggedBoth || before is null || Released(day.Operations) || Released(day.OperationsBefore)
            || today.ActiveDevices < day.MinBase || before.ActiveDevices < day.MinBase)
        {
            return (null, 0);
        }
        var (now, then) = (today.Applies + 0.5, before.Applies + 0.5);
        var ratio = now / today.ActiveDevices / (then / before.ActiveDevices);
        return (ratio, (int)Math.Max(1, Math.Round(1 / ((1 / now) + (1 / then)))));
    }

    private static bool Released(OperationDay? day) => day is { } d && d.Publishes + d.Rollbacks + d.Retargets > 0;
}
