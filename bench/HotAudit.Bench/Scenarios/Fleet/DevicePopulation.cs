using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The installed base: per app its devices, three in four there at the start and the rest joining during the case, one
/// in five uninstalling before the end; on the versions live at the start by their weights, and moving to a new version
/// some days after its launch (most do, a few never update the app).
/// </summary>
internal static class DevicePopulation
{
    private static readonly (int Zone, string Region)[] Abroad = [(9, "jp"), (7, "sea"), (1, "eu"), (-5, "us-east"), (-8, "us-west"), (3, "me")];
    private static readonly string[] Home = ["cn-east", "cn-south", "cn-north", "cn-west"];

    public static List<FleetDevice> Create(FleetWorld world, Random rng)
    {
        var devices = new List<FleetDevice>();
        foreach (var app in world.Apps)
        {
            var live = world.VersionsOf(app).Where(v => v.Launch == 0).ToList();
            var launched = world.VersionsOf(app).FirstOrDefault(v => v.Launch > 0);
            for (var i = 0; i < app.Devices; i++)
                devices.Add(Device(world, app, live, launched, devices.Count, rng));
        }
        return devices;
    }

    private static FleetDevice Device(FleetWorld world, FleetApp app, List<FleetVersion> live, FleetVersion? launched, int index, Random rng)
    {
        var join = rng.NextDouble() < 0.75 ? 0 : rng.Next(1, world.Days - 3);
        var leave = rng.NextDouble() < 0.2 ? rng.Next(join + 3, world.Days + 1) : world.Days;
        var version = Pick(live, rng);
        var upgrade = int.MaxValue;
        if (launched is not null)
        {
            if (join >= launched.Launch && rng.NextDouble() < 0.9)
                version = launched;
            else if (rng.NextDouble() < 0.85)
                upgrade = Math.Max(join, launched.Launch) + (int)(-8 * Math.Log(1 - rng.NextDouble()));
        }
        var (platform, os) = Platform(app.Profile.Stack, rng);
        var (zone, region) = rng.NextDouble() < app.Profile.Abroad ? Abroad[rng.Next(Abroad.Length)] : (FleetWorld.CaseZone, Home[rng.Next(Home.Length)]);
        var activity = rng.NextDouble() switch { < 0.3 => 0.05 + (0.15 * rng.NextDouble()), < 0.8 => 0.2 + (0.4 * rng.NextDouble()), _ => 0.6 + (0.35 * rng.NextDouble()) };
        return new FleetDevice(
            index, app.Index, rng.NextInt64(1L << 40, 1L << 60).ToString("x15", CultureInfo.InvariantCulture), platform, os, zone,
            rng.Next(0, 100), region, activity, join, leave, version.Index, upgrade, launched?.Index ?? version.Index,
            rng.NextDouble() < 0.004, rng.NextDouble() < app.Profile.LegacyHttp, rng.NextDouble() < 0.1);
    }

    private static FleetVersion Pick(List<FleetVersion> live, Random rng)
    {
        var u = rng.NextDouble() * live.Sum(v => v.Weight);
        foreach (var v in live)
        {
            u -= v.Weight;
            if (u < 0)
                return v;
        }
        return live[^1];
    }

    private static (string Platform, string Os) Platform(string stack, Random rng)
    {
        var u = rng.NextDouble();
        var os = u switch
        {
            < 0.55 => (string[])["10", "11", "12", "13", "14", "15"],
            < 0.85 => ["16.7", "17.2", "17.5", "18.1", "18.3"],
            _ => ["4.0", "4.2", "5.0"],
        };
        var platform = stack != "native" ? stack : u < 0.55 ? "android" : u < 0.85 ? "ios" : "harmony";
        return (platform, os[rng.Next(os.Length)]);
    }
}
