namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Draws the platform for one seed: 8–20 apps from 30 to ~20,000 devices, each with 2–5 app versions live at once
/// (older ones fading, a new one launched during the case on most apps) and its own operator team.
/// </summary>
internal static class WorldBuilder
{
    /// <summary>Draws the world; populations are scaled so the case writes about <paramref name="rowBudget"/> telemetry rows at most.</summary>
    public static OperatorWorld Build(Random rng, int rowBudget)
    {
        var calendar = OperatorCalendar.Create(rng);
        var names = new Names(rng);
        var reviewers = Enumerable.Range(0, rng.Next(2, 4)).Select(_ => names.Person("sec.")).ToArray();
        var appCount = rng.Next(8, 21);
        var apps = new List<AppPlan>();
        var versions = new List<VersionPlan>();
        for (var a = 0; a < appCount; a++)
        {
            var indexes = AddVersions(rng, calendar, a, versions);
            var population = a == 0 ? Math.Exp(Math.Log(4000) + rng.NextDouble() * Math.Log(5)) : Math.Exp(Math.Log(30) + rng.NextDouble() * Math.Log(100));
            apps.Add(App(rng, names, reviewers, a, (int)population, indexes));
        }
        MakeBusy(rng, apps, versions);
        return new OperatorWorld(calendar, Fit(apps, versions, calendar.Days, rowBudget), versions, names.Person("audit."));
    }

    /// <summary>One to three apps have a version whose team publishes near-daily: their newest live version.</summary>
    private static void MakeBusy(Random rng, List<AppPlan> apps, List<VersionPlan> versions)
    {
        foreach (var app in apps.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)))
        {
            var newest = app.VersionIndexes.Last(v => versions[v].LaunchDay < 0);
            versions[newest] = versions[newest] with { Cadence = Cadence.Busy };
        }
    }

    /// <summary>
    /// Scales every population down together when the case would write more than the budget's rows:
    /// a device writes a launch and its checks on an active day, and a patch cycle (five rows) on nearly every active
    /// day of a busy version, on about one in five of the others.
    /// </summary>
    private static List<AppPlan> Fit(List<AppPlan> apps, List<VersionPlan> versions, int days, int rowBudget)
    {
        double Rows(AppPlan app)
        {
            var busy = app.VersionIndexes.Where(v => versions[v].Cadence == Cadence.Busy).Sum(v => versions[v].InitialShare);
            var perActiveDay = 2 + app.ExtraChecks + 5 * (0.8 * busy + 0.2 * (1 - busy));
            return app.Population * (1 + 1 / app.Growth) / 2 * app.Activity * days * perActiveDay;
        }
        var scale = Math.Min(1, rowBudget / apps.Sum(Rows));
        return apps.Select(a => a with { Population = Math.Max(30, (int)(a.Population * scale)) }).ToList();
    }

    private static List<int> AddVersions(Random rng, OperatorCalendar calendar, int app, List<VersionPlan> versions)
    {
        var live = rng.Next(2, 5);
        var launches = rng.NextDouble() < 0.7 ? 1 : 0;
        var major = rng.Next(3, 9);
        var minor = rng.Next(0, 4);
        var weights = Enumerable.Range(0, live).Select(i => Math.Pow(2.2, i)).ToArray();
        var indexes = new List<int>();
        for (var i = 0; i < live + launches; i++)
        {
            var launched = i >= live;
            var cadence = launched ? Cadence.Regular : VersionCadence(rng, i, live);
            var name = $"{major}.{minor + i}.0";
            var launchDay = launched ? rng.Next(calendar.Days / 4, calendar.Days * 2 / 3) : -1;
            var share = launched ? 0 : weights[i] / weights.Sum();
            indexes.Add(versions.Count);
            versions.Add(new VersionPlan(versions.Count, app, name, launchDay, share, cadence, launched ? 0 : rng.Next(1, 9)));
        }
        return indexes;
    }

    private static Cadence VersionCadence(Random rng, int position, int live)
    {
        if (position < live - 2)
            return Cadence.Fading;
        return rng.NextDouble() < 0.3 ? Cadence.Regular : Cadence.Quiet;
    }

    private static AppPlan App(Random rng, Names names, string[] reviewers, int index, int population, List<int> versions)
    {
        var weekly = rng.NextDouble() < 0.5;
        return new AppPlan(
            index, names.App(), population,
            Activity: 0.25 + rng.NextDouble() * 0.3,
            ExtraChecks: 0.5 + rng.NextDouble(),
            Growth: rng.NextDouble() < 0.3 ? 1.6 + rng.NextDouble() * 0.4 : 1 + rng.NextDouble() * 0.15,
            NoiseSigma: rng.NextDouble() < 0.4 ? 0.15 + rng.NextDouble() * 0.15 : 0.02,
            PeakWeekday: weekly ? (DayOfWeek)rng.Next(0, 7) : null,
            PeakFactor: 1.3 + rng.NextDouble() * 0.4,
            MonthEndPeak: rng.NextDouble() < 0.25,
            BaselineLevels.Draw(rng), TeamFor(rng, names, reviewers),
            SdkVersion: $"{rng.Next(2, 5)}.{rng.Next(0, 10)}.{rng.Next(0, 5)}",
            SignatureAlg: rng.NextDouble() < 0.3 ? "SM2-SM3" : rng.NextDouble() < 0.5 ? "ECDSA-P256-SHA256" : "RSA-SHA256",
            UpgradeMeanDays: 6 + rng.NextDouble() * 20, versions);
    }

    private static Team TeamFor(Random rng, Names names, string[] reviewers)
    {
        var developers = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => names.Person()).ToArray();
        var lead = names.Person();
        var reviewer = rng.NextDouble() < 0.2 ? lead : reviewers[rng.Next(reviewers.Length)];
        var publisher = rng.NextDouble() < 0.4 ? names.Person("rel.") : developers[0];
        return new Team(developers, reviewer, lead, publisher);
    }
}
