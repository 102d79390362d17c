namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Day by day, every device that opens the app: a launch, the consent dialog on its first day, a few update checks,
/// and a patch cycle when a check finds a newer patch than the device runs. Activity follows the app's calendar
/// (weekly and month-end peaks, holidays), its growth, and day-to-day multiplicative noise on over-dispersed apps.
/// </summary>
internal sealed class TelemetrySimulator(OperatorWorld world, PatchTimelines timelines, Ledger ledger, Random rng)
{
    private const double ConsentDenied = 0.025;

    private readonly List<SimEvent> _events = [];
    private readonly Diurnal[] _rhythms = world.Apps.Select(a => new Diurnal(a.Levels.NightWeight)).ToArray();

    public List<SimEvent> Run(IReadOnlyList<DeviceState> devices)
    {
        var cycle = new PatchCycle(rng, _events);
        var multipliers = world.Apps.Select(Multipliers).ToArray();
        for (var day = 0; day < world.Calendar.Days; day++)
        {
            foreach (var device in devices)
            {
                if (device.JoinDay > day)
                    continue;
                device.UpgradeTo(day);
                var release = ledger.ReleaseDays.Contains((device.Version, day));
                var p = device.Activity * multipliers[device.App][day] * (release ? 1.5 : 1);
                if (rng.NextDouble() < p)
                    Day(device, day, cycle, release);
            }
        }
        return _events;
    }

    private double[] Multipliers(AppPlan app)
    {
        var sigma = app.NoiseSigma;
        return Enumerable.Range(0, world.Calendar.Days)
            .Select(d => app.Seasonal(world.Calendar, d) * Math.Exp(sigma * Gaussian() - sigma * sigma / 2)).ToArray();
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private void Day(DeviceState device, int day, PatchCycle cycle, bool prompted)
    {
        var app = world.Apps[device.App];
        var checks = Math.Min(4, 1 + Poisson(app.ExtraChecks));
        var times = Enumerable.Range(0, checks).Select(_ => _rhythms[app.Index].Sample(rng)).Order().ToArray();
        var launch = world.Calendar.At(day, times[0]);
        _events.Add(new SimEvent(launch, device.Version, device.Index, "launch") { Patch = device.Patch });
        if (device.Consent is null)
        {
            device.Consent = rng.NextDouble() >= ConsentDenied;
            _events.Add(new SimEvent(launch.AddSeconds(3), device.Version, device.Index, "consent_prompt"));
            _events.Add(new SimEvent(launch.AddSeconds(8), device.Version, device.Index, device.Consent.Value ? "consent_granted" : "consent_denied") { UserInitiated = true });
        }
        if (device.Consent != true)
            return;
        for (var i = 0; i < checks; i++)
            Check(device, launch.AddSeconds(i == 0 ? 15 : Math.Max(20, times[i] - times[0])), cycle, prompted);
        if (device.Patch > 0 && rng.NextDouble() < app.Levels.Crash)
        {
            var room = (int)Math.Min(3600, 86_399 - times[0] - 60);
            _events.Add(new SimEvent(launch.AddSeconds(60 + rng.Next(room)), device.Version, device.Index, "crash") { Patch = device.Patch });
        }
    }

    private void Check(DeviceState device, DateTime at, PatchCycle cycle, bool prompted)
    {
        var version = world.Versions[device.Version];
        var active = timelines.ActiveAt(version, at);
        var cycleId = active > device.Patch ? cycle.NextId : -1;
        _events.Add(new SimEvent(at, device.Version, device.Index, "update_check") { Http = device.Http, Cycle = cycleId });
        if (cycleId >= 0)
            cycle.Run(device, world.Apps[device.App].Levels, at, active, prompted);
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble())
            k++;
        return k;
    }
}
