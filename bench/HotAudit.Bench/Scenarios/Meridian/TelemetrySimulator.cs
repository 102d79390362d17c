namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Runs every device of every app through the case day by day: whether its user opens the app (propensity times the
/// app's day factor), how many sessions and when (the app's hours), the store-version moves, and the night sessions a
/// midnight push causes. Each session is played by <see cref="SessionRunner"/> against what the platform serves.
/// </summary>
internal static class TelemetrySimulator
{
    public static List<TelemetryEvent> Run(IReadOnlyList<AppWorld> apps, IReadOnlyList<PatchTimeline[]> timelines, IncidentBook book,
        MeridianCalendar calendar, int seed)
    {
        var events = new List<TelemetryEvent>(1 << 20);
        var sequence = 0;
        foreach (var app in apps)
        {
            var rng = MeridianRandom.For(seed, "telemetry:" + app.Id);
            var states = app.Devices.Select(d => Initial(d, timelines[app.Index], rng)).ToArray();
            var times = new List<(long At, bool Push)>();
            for (var day = 0; day < calendar.Days; day++)
            {
                for (var i = 0; i < app.Devices.Count; i++)
                {
                    var device = app.Devices[i];
                    if (!device.Present(day))
                    {
                        continue;
                    }
                    var state = states[i];
                    var version = device.VersionAt(day);
                    if (state.Version != version)
                    {
                        state.Version = version;
                        state.Applied = 0;
                        state.Pending = 0;
                        state.Refused = 0;
                    }
                    var effect = book.Find(app.Index, version, day);
                    Sessions(app, device, day, effect, rng, times);
                    if (times.Count == 0)
                    {
                        continue;
                    }
                    times.Sort();
                    var runner = new SessionRunner(app, device, state, timelines[app.Index][version], effect, rng, events, sequence);
                    foreach (var (at, push) in times)
                    {
                        runner.Run(at, push);
                    }
                    sequence = runner.Sequence;
                }
            }
        }
        return events;
    }

    private static DeviceState Initial(Device device, PatchTimeline[] timelines, Random rng)
    {
        var version = device.VersionAt(0);
        var before = device.InstallDay < 0;
        return new DeviceState
        {
            Version = version,
            Seen = before,
            Applied = before && rng.NextDouble() < 0.92 ? timelines[version].At(0).Active : 0,
        };
    }

    private static void Sessions(AppWorld app, Device device, int day, IncidentEffect? effect, Random rng, List<(long At, bool Push)> times)
    {
        times.Clear();
        var chance = Math.Min(0.98, device.Propensity * app.DayFactor[day]);
        if (device.InstallDay == day || rng.NextDouble() < chance)
        {
            var count = 1 + (rng.NextDouble() < 0.28 ? 1 : 0) + (rng.NextDouble() < 0.06 ? 1 : 0)
                + (day == app.CampaignDay ? (rng.NextDouble() < 0.7 ? 1 : 0) + (rng.NextDouble() < 0.3 ? 1 : 0) : 0);
            for (var k = 0; k < count; k++)
            {
                times.Add((day * MeridianCalendar.DaySeconds + app.Profile.Hours.Draw(rng) * 3600L + rng.Next(3600), false));
            }
        }
        if (effect is not null && effect.Is(IncidentPattern.MidnightPush) && effect.Selects(device))
        {
            times.Add((effect.From + (long)(rng.NextDouble() * (effect.Until - effect.From)), true));
        }
    }
}
