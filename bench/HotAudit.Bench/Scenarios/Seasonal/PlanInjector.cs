namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Turns one vector-day's planned device days into an anomaly of a kind, touching only what that kind measures: more
/// chains made background/silent without the user, moved to the night, failing verification once, more checks over
/// http, crashes of the running patch, or devices applying their patch again. Refuses a day whose base is too small
/// for the share to mean something (ANOMALY.md: 20 devices; here 30 for a margin), and a day whose own count of the
/// kind is already half the target or more: the injection would move a few rows or none (a night share of 9 % "raised"
/// to 10 %), and such a label measures the day's natural variation, not the monitor (<see cref="Moves"/>).
/// </summary>
internal sealed class PlanInjector(Random rng)
{
    private const int MinimumBase = 30;

    /// <summary>
    /// Changes the plans; false when the day cannot carry the anomaly. <paramref name="steadyToday"/>: the active patch
    /// does not change during the day, so the devices that update are the ones planned as stale (and a chain moved to
    /// the night still finds the same patch);
    /// <paramref name="settled"/>: nor in the two days before (the usual apply rate is not a release wave).
    /// </summary>
    public bool Apply(TelemetryInjection injection, List<DevicePlan> plans, bool steadyToday, bool settled, double usualRate)
    {
        var stale = plans.Where(p => p.Stale).ToList();
        var s = injection.Nominal;
        switch (injection.Kind)
        {
            case AnomalyKinds.SilentBackground when stale.Count >= MinimumBase && steadyToday && Moves(s * stale.Count, stale.Count(p => p.First.Background)):
                Pick(stale.Where(p => !p.First.Background), Needed(s * stale.Count, stale.Count(p => p.First.Background)))
                    .ForEach(p => (p.First.Background, p.First.UserInitiated, p.First.Injected) = (true, false, true));
                return true;
            case AnomalyKinds.NightApplies when stale.Count >= MinimumBase && steadyToday && Moves(s * stale.Count, stale.Count(IsNight)):
                Pick(stale.Where(p => !IsNight(p)), Needed(s * stale.Count, stale.Count(IsNight))).ForEach(MoveToNight);
                return true;
            case AnomalyKinds.VerifyFailedSpike when stale.Count >= MinimumBase && steadyToday:
                Pick(stale, Needed(s * stale.Count / (1 - s), 0)).ForEach(p => p.First.VerifyRetry = true);
                return true;
            case AnomalyKinds.HttpDowngrade when plans.Count(p => p.Checks > 0) >= MinimumBase:
                var checks = plans.SelectMany(p => Enumerable.Range(0, p.Checks).Select(i => (p, i))).ToList();
                if (!Moves(s * checks.Count, checks.Count(c => (c.p.HttpMask & (1 << c.i)) != 0)))
                {
                    return false;
                }
                Pick(checks.Where(c => (c.p.HttpMask & (1 << c.i)) == 0), Needed(s * checks.Count, checks.Count(c => (c.p.HttpMask & (1 << c.i)) != 0)))
                    .ForEach(c => c.p.HttpMask |= 1 << c.i);
                return true;
            case AnomalyKinds.FailureSpike when plans.Count >= MinimumBase && Moves(s * plans.Count, plans.Count(p => p.Crash)):
                Pick(plans.Where(p => p.Current >= 0 && !p.Crash && !p.Denied), Needed(s * plans.Count, plans.Count(p => p.Crash)))
                    .ForEach(p => p.Crash = true);
                return true;
            case AnomalyKinds.ApplyRateSpike when plans.Count >= MinimumBase && settled && usualRate > 0 && s * usualRate <= 0.9:
                var target = Math.Max(s * usualRate * plans.Count, stale.Count + 3);
                Pick(plans.Where(p => !p.Stale && !p.Denied && p.Current >= 0), Needed(target, stale.Count)).ForEach(p => p.Reapply = true);
                return true;
            default:
                return false;
        }
    }

    private static int Needed(double target, int already) => Math.Max(0, (int)Math.Round(target) - already);

    /// <summary>Whether an injection toward <paramref name="target"/> at least doubles what the day already has (and adds one).</summary>
    internal static bool Moves(double target, int already) => Needed(target, already) >= Math.Max(1, already);

    private List<T> Pick<T>(IEnumerable<T> candidates, int count) => candidates.OrderBy(_ => rng.Next()).Take(count).ToList();

    private static bool IsNight(DevicePlan plan) => new DateTime(plan.Sessions[0]).Hour < 6;

    private void MoveToNight(DevicePlan plan)
    {
        var day = plan.Sessions[0] - (plan.Sessions[0] % TimeSpan.TicksPerDay);
        plan.Sessions[0] = day + Diurnal.Night(rng);
        plan.Sessions = DevicePlan.Spaced(plan.Sessions);
    }
}
