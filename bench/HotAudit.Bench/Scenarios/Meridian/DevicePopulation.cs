namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The installed base of one app: heavy, medium and light users; most installed before the case, some during it (on the
/// newest version) and some uninstalling; platforms, OS and SDK builds, targeting attributes; a few clocks off by
/// minutes, hours or a day; and for every store version released in the case, the day each device moves to it (a staged
/// store rollout, then the user's own delay; about one in seven never updates in the case).
/// </summary>
internal static class DevicePopulation
{
    private const double MeanPropensity = 0.4225;

    private static readonly string[] AndroidOs = ["10", "11", "12", "13", "13", "14", "14", "14", "15"];
    private static readonly string[] IosOs = ["16.7", "17.5", "17.6", "18.1", "18.3"];
    private static readonly string[] HarmonyOs = ["4.2", "5.0"];
    private static readonly string[] Regions = ["north", "south", "south", "east", "west", "west"];

    public static List<Device> For(AppProfile app, int appIndex, IReadOnlyList<AppVersion> versions, MeridianCalendar calendar,
        double population, int firstIndex, Random rng)
    {
        var count = Math.Max(14, (int)Math.Round(app.DailyActive * population * (0.85 + 0.3 * rng.NextDouble()) / MeanPropensity));
        var devices = new List<Device>(count);
        for (var i = 0; i < count; i++)
        {
            var index = firstIndex + i;
            var tier = rng.NextDouble();
            var propensity = Math.Min(0.97, (tier < 0.25 ? 0.85 : tier < 0.70 ? 0.40 : 0.10) * (0.8 + 0.4 * rng.NextDouble()));
            var install = rng.NextDouble() < 0.9 ? -1 - rng.Next(400) : rng.Next(calendar.Days);
            var churn = rng.NextDouble() < 0.07 ? Math.Max(install + 1, rng.Next(calendar.Days)) : int.MaxValue;
            var p = rng.NextDouble();
            var platform = p < app.Android ? "android" : p < app.Android + app.Harmony ? "harmony" : "ios";
            var os = platform switch { "android" => AndroidOs, "ios" => IosOs, _ => HarmonyOs };
            var oldSdk = rng.NextDouble() < 0.3;
            devices.Add(new Device(index, appIndex, $"{app.Short}-{rng.Next(0x10000):x4}{index:x5}", propensity, install, churn,
                platform, os[rng.Next(os.Length)], oldSdk ? app.SdkOld : app.SdkNew, oldSdk, Regions[rng.Next(Regions.Length)],
                rng.NextDouble() < 0.1 ? "beta" : "standard", ClockSkew(rng), rng.NextDouble() < app.LegacyHttpShare,
                rng.NextDouble() < 0.07, app.Install == InstallPolicy.NextSuspendMix && rng.NextDouble() < 0.13,
                Upgrades(versions, install, rng)));
        }
        return devices;
    }

    /// <summary>Seconds off: 97.5 % of clocks are right; the rest are minutes, hours or about a day off either way.</summary>
    private static long ClockSkew(Random rng)
    {
        if (rng.NextDouble() >= 0.025)
        {
            return 0;
        }
        var sign = rng.Next(2) == 0 ? -1 : 1;
        var kind = rng.NextDouble();
        var seconds = kind < 0.4 ? 120 + rng.Next(900) : kind < 0.8 ? 3600 + rng.Next(5 * 3600) : 20 * 3600 + rng.Next(8 * 3600);
        return sign * seconds;
    }

    private static List<(int Day, int Version)> Upgrades(IReadOnlyList<AppVersion> versions, int install, Random rng)
    {
        var initial = versions.Where(v => !v.NewInCase).ToList();
        int start;
        if (install < 0)
        {
            var u = rng.NextDouble();
            start = initial[^1].Index;
            foreach (var v in initial)
            {
                if (u < v.InitialShare)
                {
                    start = v.Index;
                    break;
                }
                u -= v.InitialShare;
            }
        }
        else
        {
            start = versions.Last(v => v.ReleaseDay <= install).Index;
        }
        var moves = new List<(int Day, int Version)> { (int.MinValue, start) };
        foreach (var v in versions.Where(v => v.NewInCase && v.Index > start))
        {
            if (rng.NextDouble() >= 0.86)
            {
                continue;
            }
            var day = v.ReleaseDay + StoreGate(rng.NextDouble()) + (int)MeridianRandom.Exponential(rng, 2.5);
            moves.RemoveAll(m => m.Day >= day && m.Day != int.MinValue);
            if (day > install)
            {
                moves.Add((day, v.Index));
            }
        }
        return moves;
    }

    /// <summary>Days after release until the store offers the version to a device: 2 %, 5 %, 10 %, 25 %, 50 %, then everyone.</summary>
    private static int StoreGate(double u) => u < 0.02 ? 0 : u < 0.05 ? 1 : u < 0.10 ? 2 : u < 0.25 ? 3 : u < 0.50 ? 4 : 5;
}
