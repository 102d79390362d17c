namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>Draws a reported device's day: 1–4 sessions at diurnal times, and its normal check and chain outcomes.</summary>
internal sealed class DayPlanner(SeasonalWorld world, Random rng)
{
    private readonly Dictionary<SimApp, double[]> hours = world.Apps.ToDictionary(a => a, a => Diurnal.Cumulative(a.Rates.NightFactor));

    public DevicePlan Plan(SimVersion version, int device, int day)
    {
        var app = version.App;
        var table = app.Devices;
        var sessions = new long[Math.Min(4, 1 + Poisson(app.Rates.Sessions - 1))];
        for (var s = 0; s < sessions.Length; s++)
        {
            sessions[s] = world.DayTicks(day) + Diurnal.Sample(rng, hours[app]);
        }
        sessions = DevicePlan.Spaced(sessions);
        var current = table.Current[device];
        var active = version.ActiveAt(sessions[0] + (5 * TimeSpan.TicksPerSecond));
        var plan = new DevicePlan
        {
            Device = device,
            FirstReport = !table.Reported[device],
            Denied = table.Denied[device],
            Current = current,
            Sessions = sessions,
            First = ChainFlags.Draw(rng, app.Rates),
            Stale = !table.Denied[device] && active >= 0 && active != current,
            Crash = current >= 0 && rng.NextDouble() < app.Rates.Crash,
        };
        for (var s = 0; s < sessions.Length; s++)
        {
            plan.HttpMask |= rng.NextDouble() < app.Rates.Http ? 1 << s : 0;
        }
        return plan;
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble())
        {
            k++;
        }
        return k;
    }
}
