namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// Every device's days: one to three sessions at hours drawn from the day's rhythm (a few at night), each a launch
/// carrying the active patch; one update check on most days, and when the server hands out another patch the device
/// downloads, verifies and applies it (mostly in the foreground, a share in the background, now and then failing);
/// rare crashes, some followed by a rollback. An injection's <see cref="VendorEffect"/> bends its (version, day).
/// </summary>
internal sealed class VendorTelemetry(VendorWorld world, IReadOnlyDictionary<VendorVector, VendorEffect> effects)
{
    private static readonly double[] HourWeights = [1, 3, 5, 4, 3, 3, 5, 4, 3, 3, 3, 4, 5, 6, 7, 7, 5, 3];
    private static readonly VendorEffect None = new();

    public List<VendorEvent> Events { get; } = [];

    public void Simulate()
    {
        for (var day = 0; day < world.Calendar.Days; day++)
        {
            foreach (var app in world.Apps)
            {
                foreach (var device in app.Devices.Where(d => VendorPresence.Active(world, app, d, day)))
                {
                    DeviceDay(app, device, day);
                }
            }
        }
        for (var i = 0; i < Events.Count; i++)
        {
            Events[i].Id = $"v{world.Seed}-{i:x7}";
        }
    }

    private void DeviceDay(VendorApp app, VendorDevice device, int day)
    {
        var version = app.Versions[device.VersionOn(day)];
        var draw = new VendorDraw(world.Seed, device.Number, day);
        Switch(device, version, day);
        var effect = effects.GetValueOrDefault(new VendorVector(version, day), None);
        var night = effect.Night > 0 && draw.Next() < effect.Night;
        var sessions = Sessions(app, ref draw, day, night);
        var checkAt = draw.Next() < app.CheckProbability || night ? 0 : -1;
        for (var i = 0; i < sessions.Length; i++)
        {
            Add(new VendorEvent(sessions[i], device, version, "launch") { Patch = device.Active });
            if (i == checkAt)
            {
                Check(app, device, version, sessions[i] + 3, effect, ref draw, night);
            }
        }
        Crash(app, device, version, sessions[^1], effect, ref draw);
    }

    private void Switch(VendorDevice device, VendorVersion version, int day)
    {
        if (device.VersionIndex == version.Index)
        {
            return;
        }
        var first = device.VersionIndex < 0 && version.ReleaseDay < day - 3;
        device.VersionIndex = version.Index;
        device.Previous = null;
        device.Active = first && VendorHash.Uniform(world.Seed, device.Number, 3, 3) < 0.9 ? version.ServedAt(day * VendorCalendar.Day)?.Patch : null;
    }

    private long[] Sessions(VendorApp app, ref VendorDraw draw, int day, bool night)
    {
        var u = draw.Next();
        var sessions = new long[u < 0.03 ? 3 : u < 0.2 ? 2 : 1];
        for (var i = 0; i < sessions.Length; i++)
        {
            sessions[i] = day * VendorCalendar.Day + SecondOfDay(app, ref draw);
        }
        if (night)
        {
            sessions[0] = day * VendorCalendar.Day + draw.Between(2 * 3600, 5 * 3600 + 1200);
        }
        Array.Sort(sessions);
        return sessions;
    }

    private static long SecondOfDay(VendorApp app, ref VendorDraw draw)
    {
        if (draw.Next() < app.NightShare)
        {
            return draw.Between(0, 6 * 3600);
        }
        var pick = draw.Next() * HourWeights.Sum();
        var hour = 0;
        while (pick >= HourWeights[hour] && hour < HourWeights.Length - 1)
        {
            pick -= HourWeights[hour++];
        }
        return (6 + hour) * 3600 + draw.Between(0, 3600);
    }

    private void Check(VendorApp app, VendorDevice device, VendorVersion version, long at, VendorEffect effect, ref VendorDraw draw, bool night)
    {
        var transport = device.LegacyHttp || draw.Next() < effect.Http ? "http" : "https";
        Add(new VendorEvent(at, device, version, "update_check") { Transport = transport });
        var served = version.ServedAt(at);
        var end = (at / VendorCalendar.Day + 1) * VendorCalendar.Day - 1;
        if (served?.Patch is { } patch && patch != device.Active && device.OsMajor >= served.MinOs)
        {
            new VendorChain(this, app, device, version, effect).Run(patch, at + 2, end, transport, ref draw, night);
        }
        if (device.Active is { } active && draw.Next() < effect.Reapply)
        {
            var gap = Math.Max(60, Math.Min(draw.Between(600, 2400), (end - 120 - at) / (effect.ReapplyTimes + 1)));
            for (var k = 1; k <= effect.ReapplyTimes; k++)
            {
                new VendorChain(this, app, device, version, effect).Run(active, at + k * gap, end, transport, ref draw, night);
            }
        }
    }

    private void Crash(VendorApp app, VendorDevice device, VendorVersion version, long lastSession, VendorEffect effect, ref VendorDraw draw)
    {
        var rate = effect.Crash > 0 ? effect.Crash : app.CrashRate;
        if (device.Active is null || draw.Next() >= rate)
        {
            return;
        }
        var at = Math.Min(lastSession + draw.Between(5, 900), (lastSession / VendorCalendar.Day + 1) * VendorCalendar.Day - 2);
        Add(new VendorEvent(at, device, version, "crash") { Patch = device.Active, ErrorCode = "SIGSEGV" });
        if (draw.Next() < (effect.Crash > 0 ? 0.5 : 0.35))
        {
            Add(new VendorEvent(at + 1, device, version, "rollback") { Patch = device.Active });
            device.Active = device.Previous;
            device.Previous = null;
        }
    }

    public void Add(VendorEvent e) => Events.Add(e);
}
