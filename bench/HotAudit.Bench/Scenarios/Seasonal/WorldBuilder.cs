namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>Draws one seed's platform: 3–6 apps from ~30 to 200,000 devices, 1–3 versions each, holidays, teams.</summary>
internal static class WorldBuilder
{
    /// <summary>Reported device-days a case may hold (about 5 telemetry rows each), to stay under 1.5 M rows.</summary>
    private const double DeviceDayBudget = 250_000;

    public static SeasonalWorld Build(Random rng, int seed)
    {
        var days = rng.Next(60, 91);
        var start = new DateOnly(2026, 1, 5).AddDays(rng.Next(0, 240));
        var holidays = Holidays(rng, days);
        var sizes = Sizes(rng);
        var names = Names.Apps.OrderBy(_ => rng.Next()).Take(sizes.Count).ToList();
        var people = new Queue<string>(Names.People.OrderBy(_ => rng.Next()));
        var apps = new List<SimApp>();
        for (var i = 0; i < sizes.Count; i++)
        {
            var app = NewApp(rng, i, names[i], sizes[i], people);
            VersionPlanner.AddVersions(rng, app, days);
            apps.Add(app);
        }
        VersionPlanner.EnsureQuietVersions(apps);
        FitBudget(apps, days);
        foreach (var app in apps)
        {
            DevicePopulation.Fill(rng, app, days);
        }
        return new SeasonalWorld(seed, start, days, apps, holidays);
    }

    private static List<AppSize> Sizes(Random rng)
    {
        var count = rng.Next(3, 7);
        AppSize[] pool = [AppSize.Tiny, AppSize.Small, AppSize.Small, AppSize.Medium, AppSize.Medium];
        var sizes = new List<AppSize> { AppSize.Large, AppSize.Tiny };
        while (sizes.Count < count)
        {
            sizes.Add(pool[rng.Next(pool.Length)]);
        }
        return sizes;
    }

    private static SimApp NewApp(Random rng, int number, (string Id, string Short) name, AppSize size, Queue<string> people)
    {
        var developers = Enumerable.Range(0, rng.Next(1, 3)).Select(_ => people.Dequeue()).ToList();
        var team = new AppTeam(developers, Names.Reviewers[rng.Next(Names.Reviewers.Count)], people.Dequeue(), people.Dequeue());
        var (population, activity) = size switch
        {
            AppSize.Tiny => (rng.Next(30, 61), 0.55),
            AppSize.Small => (rng.Next(300, 1501), 0.45),
            AppSize.Medium => (rng.Next(8_000, 30_001), 0.35),
            _ => (rng.Next(100_000, 200_001), 0.3),
        };
        var reportedPerDay = size switch
        {
            AppSize.Medium => AppRates.Between(rng, 500, 900),
            AppSize.Large => AppRates.Between(rng, 2_000, 3_000),
            _ => population * activity,
        };
        var android = AppRates.Between(rng, 0.5, 0.8);
        return new SimApp(name.Id, name.Short, size, AppRates.Draw(rng), team, WeeklyShape.Draw(rng, business: rng.NextDouble() < 0.35))
        {
            Number = number,
            Activity = activity,
            ReportRate = Math.Min(1, reportedPerDay / (population * activity)),
            AndroidShare = android,
            HarmonyShare = rng.NextDouble() < 0.5 ? AppRates.Between(rng, 0.02, 0.12) : 0,
            SdkVersion = $"3.{rng.Next(4, 8)}.{rng.Next(0, 4)}",
            Devices = new DeviceTable(population),
        };
    }

    private static void FitBudget(List<SimApp> apps, int days)
    {
        var expected = apps.Sum(a => a.Devices.Count * a.Activity * a.ReportRate) * days;
        if (expected <= DeviceDayBudget)
        {
            return;
        }
        var scalable = apps.Where(a => a.Devices.Count > 2_000).ToList();
        var fixedPart = apps.Except(scalable).Sum(a => a.Devices.Count * a.Activity * a.ReportRate) * days;
        var factor = (DeviceDayBudget - fixedPart) / (expected - fixedPart);
        foreach (var app in scalable)
        {
            app.ReportRate *= factor;
        }
    }

    private static Dictionary<int, double> Holidays(Random rng, int days)
    {
        var holidays = new Dictionary<int, double>();
        var from = rng.Next(14, days - 25);
        var spans = rng.Next(1, 3);
        for (var s = 0; s < spans && from < days - 6; s++)
        {
            var length = rng.Next(1, 4);
            var factor = AppRates.Between(rng, 0.2, 0.4);
            for (var d = from; d < from + length; d++)
            {
                holidays[d] = factor;
            }
            from += length + rng.Next(10, 25);
        }
        return holidays;
    }
}
