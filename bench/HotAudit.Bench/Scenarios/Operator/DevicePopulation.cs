namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Creates each app's devices: a share present from the start (fewer on a growing app, the rest install during the
/// case on the newest version), spread over the live versions, moving to a launched version after a few days to weeks
/// and slowly off the oldest ones.
/// </summary>
internal static class DevicePopulation
{
    public static List<DeviceState> Create(OperatorWorld world, Random rng)
    {
        var devices = new List<DeviceState>();
        foreach (var app in world.Apps)
        {
            var atStart = (int)(app.Population / app.Growth);
            for (var i = 0; i < app.Population; i++)
            {
                var join = i < atStart ? 0 : rng.Next(1, world.Calendar.Days);
                var device = Device(world, rng, app, devices.Count, join);
                Plan(world, rng, app, device);
                devices.Add(device);
            }
        }
        return devices;
    }

    private static DeviceState Device(OperatorWorld world, Random rng, AppPlan app, int index, int join)
    {
        var roll = rng.NextDouble();
        var (platform, os) = roll < 0.6 ? ("android", rng.Next(10, 16).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : roll < 0.9 ? ("ios", $"{rng.Next(15, 19)}.{rng.Next(0, 5)}") : ("harmony", $"{rng.Next(4, 6)}.0");
        var id = $"{rng.NextInt64():x16}";
        var activity = Math.Min(0.95, app.Activity * (0.3 + 1.4 * rng.NextDouble()));
        var device = new DeviceState(index, app.Index, id, platform, os, activity, join, rng.NextDouble() < app.Levels.LegacyHttp)
        {
            Version = join == 0 ? Initial(world, rng, app) : Newest(world, app, join),
        };
        device.Patch = join == 0 ? world.Versions[device.Version].PatchesBefore : 0;
        return device;
    }

    private static int Initial(OperatorWorld world, Random rng, AppPlan app)
    {
        var live = app.VersionIndexes.Where(v => world.Versions[v].LaunchDay < 0).ToList();
        var roll = rng.NextDouble();
        foreach (var v in live)
        {
            roll -= world.Versions[v].InitialShare;
            if (roll < 0)
                return v;
        }
        return live[^1];
    }

    private static int Newest(OperatorWorld world, AppPlan app, int day) =>
        app.VersionIndexes.Last(v => world.Versions[v].LaunchDay <= day);

    private static void Plan(OperatorWorld world, Random rng, AppPlan app, DeviceState device)
    {
        var steps = new List<(int Day, int Version)>();
        var newestInitial = app.VersionIndexes.Last(v => world.Versions[v].LaunchDay < 0);
        if (device.Version < newestInitial)
            steps.Add((device.JoinDay + Delay(rng, 150), newestInitial));
        foreach (var v in app.VersionIndexes.Where(v => world.Versions[v].LaunchDay > device.JoinDay))
            steps.Add((world.Versions[v].LaunchDay + Delay(rng, app.UpgradeMeanDays), v));
        var current = device.Version;
        foreach (var step in steps.OrderBy(s => s.Day).Where(s => s.Day < world.Calendar.Days))
        {
            if (step.Version <= current)
                continue;
            device.Upgrades.Enqueue(step);
            current = step.Version;
        }
    }

    private static int Delay(Random rng, double mean) => 1 + (int)(-mean * Math.Log(1 - rng.NextDouble()));
}
