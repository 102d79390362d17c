namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The fleet's ordinary operation log: each version's releases on working days at its own cadence, each through
/// upload → security review → approval → publish, staged behind a gate on the apps that stage, with the natural
/// fix-of-fix days and single rollbacks recorded as negative controls; new versions registered the day before launch.
/// Versions live at the start have releases in the log's <see cref="FleetWorld.LogHistory"/> days before the case too.
/// </summary>
internal static class ReleasePlanner
{
    /// <summary>Chance that a release needs a second patch the same day.</summary>
    public const double FixOfFixRate = 0.08;

    /// <summary>Chance that a release is rolled back once, a day or two later.</summary>
    public const double RollbackRate = 0.04;

    public static void Plan(OperationLog log, FleetLedger ledger, Random rng)
    {
        var world = log.World;
        foreach (var version in world.Versions)
        {
            var app = world.AppOf(version);
            if (version.Launch > 0)
                log.Add(new FleetOp(At(world, version.Launch - 1, 16, rng), app.Team.Lead, "lead", "version_register", version.Index));
            var days = ReleaseDays(world, version, rng);
            for (var i = 0; i < days.Count; i++)
                new Release(log, ledger, rng, version, days[i], i + 1 < days.Count ? days[i + 1] : world.Days).Plan();
        }
        for (var day = 1; day < world.Days; day += 30)
            log.Add(new FleetOp(At(world, day, 15, rng), world.Reviewers[0], "security", "usage_review", -1));
    }

    /// <summary>Working days at the version's cadence (uniform 0.4–1.6 × the mean gap); none for a dormant version.</summary>
    private static List<int> ReleaseDays(FleetWorld world, FleetVersion version, Random rng)
    {
        var days = new List<int>();
        if (version.Cadence <= 0)
            return days;
        var day = (version.Launch > 0 ? version.Launch : -FleetWorld.LogHistory) + Gap(version, rng);
        while (true)
        {
            while (day < world.Days && !world.Workday(day))
                day++;
            if (day >= world.Days - 1)
                return days;
            days.Add(day);
            day += Gap(version, rng);
        }
    }

    private static int Gap(FleetVersion version, Random rng) => Math.Max(1, (int)Math.Round(version.Cadence * (0.4 + (1.2 * rng.NextDouble()))));

    /// <summary>A case-local instant on <paramref name="day"/> at <paramref name="hour"/> plus up to an hour.</summary>
    public static DateTime At(FleetWorld world, int day, double hour, Random rng) =>
        world.Date(day).ToDateTime(TimeOnly.MinValue).AddHours(hour).AddSeconds(rng.Next(0, 3600));
}
