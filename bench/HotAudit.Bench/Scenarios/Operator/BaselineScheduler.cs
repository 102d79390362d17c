namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The ordinary operation log: apps registered long ago, periodic usage reviews, new versions registered, and each
/// version's patches at its own cadence. A spread-out chain never puts more than two people on one version in a day.
/// </summary>
internal static class BaselineScheduler
{
    public static void Schedule(OperationLog log, Random rng)
    {
        var world = log.World;
        foreach (var app in world.Apps)
        {
            var registered = world.Calendar.At(-rng.Next(200, 700), 10 * 3600 + rng.Next(7200));
            log.Add(new OpRow(registered, app.Team.Lead, "lead", "app_register", app.Index, -1, null));
        }
        for (var day = -rng.Next(200, 215); day < world.Calendar.Days; day += rng.Next(26, 34))
            log.Add(new OpRow(world.Calendar.At(day, 15 * 3600 + rng.Next(7200)), world.Auditor, "auditor", "usage_review", -1, -1, null));
        foreach (var version in world.Versions)
            Walk(log, rng, version);
    }

    private static void Walk(OperationLog log, Random rng, VersionPlan version)
    {
        var days = log.World.Calendar.Days;
        var t = rng.Next(0, Gap(rng, version.Cadence));
        if (version.PatchesBefore > 0)
            Spread(log, rng, version.Index, -rng.Next(version.Cadence == Cadence.Fading ? 30 : 12, 60));
        if (version.LaunchDay >= 0)
            t = Launch(log, rng, version) + Gap(rng, Cadence.Regular);
        while (t < days)
        {
            if (version.Cadence == Cadence.Busy)
            {
                var day = NextWorkday(log.World, t, weekendsOff: rng.NextDouble() < 0.7);
                if (day < days)
                    PatchChain.SameDay(log, rng, version.Index, day);
                t = day + (rng.NextDouble() < 0.85 ? 1 : 2);
                continue;
            }
            t = Spread(log, rng, version.Index, t) + Gap(rng, version.Cadence);
        }
    }

    private static int Launch(OperationLog log, Random rng, VersionPlan version)
    {
        var world = log.World;
        var team = world.AppOf(version).Team;
        var l = version.LaunchDay;
        log.AddByTeam(world.Calendar.At(l, 10 * 3600 + rng.Next(3600)), team.Lead, "version_register", version.Index, null);
        var patch = PatchChain.NewPatch(log, rng, version.Index);
        PatchChain.Upload(log, rng, world.Calendar.At(l, 15 * 3600 + rng.Next(3600)), version.Index, patch);
        PatchChain.Review(log, world.Calendar.At(l + 1, 10 * 3600 + rng.Next(3600)), version.Index, patch);
        PatchChain.Approve(log, world.Calendar.At(l + 1, 14 * 3600 + rng.Next(3600)), version.Index, patch);
        PatchChain.Publish(log, world.Calendar.At(l + 2, 10 * 3600 + rng.Next(3600)), version.Index, patch);
        return l + 2;
    }

    /// <summary>
    /// Upload, review, approval and publish on working days from <paramref name="t"/>; returns the publish day. Before
    /// the case (t &lt; 0) this is the chain of the patch the devices run at the start: the operation log is exported
    /// with more history than the telemetry.
    /// </summary>
    private static int Spread(OperationLog log, Random rng, int version, int t)
    {
        var world = log.World;
        var d0 = NextWorkday(world, t, true);
        var d1 = NextWorkday(world, d0 + rng.Next(2), true);
        var d2 = NextWorkday(world, d1 + (d1 == d0 ? 1 : rng.Next(2)), true);
        var d3 = NextWorkday(world, d2 + (d2 == d1 ? 1 : rng.Next(2)), true);
        if (d3 >= world.Calendar.Days)
            return d3;
        var patch = PatchChain.NewPatch(log, rng, version);
        PatchChain.Upload(log, rng, world.Calendar.At(d0, 10 * 3600 + rng.Next(3 * 3600)), version, patch);
        PatchChain.Review(log, world.Calendar.At(d1, 14 * 3600 + rng.Next(3600)), version, patch);
        PatchChain.Approve(log, world.Calendar.At(d2, 15 * 3600 + rng.Next(3600)), version, patch);
        PatchChain.Publish(log, world.Calendar.At(d3, 16 * 3600 + rng.Next(2 * 3600)), version, patch);
        return d3;
    }

    private static int Gap(Random rng, Cadence cadence) => cadence switch
    {
        Cadence.Busy => 1,
        Cadence.Regular => rng.Next(3, 7),
        Cadence.Quiet => rng.Next(7, 22),
        _ => rng.Next(25, 61),
    };

    /// <summary>The first day from <paramref name="day"/> that is no holiday (nor a weekend when teams take it off).</summary>
    public static int NextWorkday(OperatorWorld world, int day, bool weekendsOff)
    {
        bool Off(int d) => d < world.Calendar.Days && (world.Calendar.Holidays.Contains(d)
            || (weekendsOff && world.Calendar.Weekday(d) is DayOfWeek.Saturday or DayOfWeek.Sunday));
        while (Off(day))
            day++;
        return day;
    }
}
