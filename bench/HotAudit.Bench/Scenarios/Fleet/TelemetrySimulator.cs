namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Every device's days: whether it opens the app (its own habit × the app's week × holidays), one to three sessions
/// at hours of its own clock (so devices abroad land at other hours of the case's day), each a launch and an update
/// check, and a patch cycle when the platform serves a patch the device does not have and its gate lets it through.
/// A device whose install of a patch failed <see cref="MaxAttempts"/> times gives that patch up, as SDKs do.
/// </summary>
internal sealed class TelemetrySimulator(FleetWorld world, PatchTimeline timeline, Random rng)
{
    /// <summary>Failed installs of one patch after which a device stops trying it.</summary>
    public const int MaxAttempts = 3;

    private readonly List<FleetEvent> _events = [];
    private readonly Dictionary<(int Version, int Patch), int> _failed = [];
    private int _session;

    public List<FleetEvent> Run(IReadOnlyList<FleetDevice> devices)
    {
        foreach (var device in devices)
            Simulate(device);
        return _events;
    }

    private void Simulate(FleetDevice device)
    {
        var app = world.Apps[device.App];
        var installed = new Dictionary<int, int>();
        _failed.Clear();
        for (var day = device.Join; day < device.Leave; day++)
        {
            var date = world.Date(day);
            var chance = device.Activity * app.Profile.WeekFactor(date.DayOfWeek) * (world.Holidays.Contains(day) ? 0.4 : 1);
            if (rng.NextDouble() >= Math.Min(0.97, chance))
                continue;
            var version = device.VersionOn(day);
            var sessions = 1 + (rng.NextDouble() < 0.3 ? 1 : 0) + (rng.NextDouble() < 0.08 ? 1 : 0);
            foreach (var time in Enumerable.Range(0, sessions).Select(_ => Diurnal.Draw(app.Profile.Consumer, rng)).Order())
            {
                var local = date.ToDateTime(TimeOnly.MinValue) + time + TimeSpan.FromHours(FleetWorld.CaseZone - device.Zone);
                if (world.DayOf(local) is >= 0 && world.DayOf(local) < world.Days)
                    Session(device, app.Profile, version, local, installed);
            }
        }
    }

    private void Session(FleetDevice device, AppProfile profile, int version, DateTime t, Dictionary<int, int> installed)
    {
        var session = _session++;
        if (!installed.TryGetValue(version, out var have))
            have = Initial(device, version);
        _events.Add(new FleetEvent(t, device.Index, version, "launch", session, have));
        t = t.AddSeconds(rng.Next(1, 4));
        _events.Add(new FleetEvent(t, device.Index, version, "update_check", session, Http: device.Legacy));
        var (active, gate) = timeline.At(version, t);
        if (active > 0 && active != have && (gate >= 100 || device.Bucket < gate) && _failed.GetValueOrDefault((version, active)) < MaxAttempts)
        {
            if (Cycle(device, profile, version, t, session, active))
                have = active;
            else
                _failed[(version, active)] = _failed.GetValueOrDefault((version, active)) + 1;
        }
        installed[version] = have;
        if (rng.NextDouble() < 0.001)
            _events.Add(new FleetEvent(t.AddMinutes(rng.Next(1, 40)), device.Index, version, "crash", session, have));
    }

    /// <summary>
    /// The patch a device has when the telemetry starts: the one served then (the one before it on a stale device, or
    /// outside a staged gate); none on a version launched during the case.
    /// </summary>
    private int Initial(FleetDevice device, int version)
    {
        if (world.Versions[version].Launch > 0)
            return 0;
        var (patch, gate) = timeline.AtStart(world, version);
        var behind = device.Stale || (gate < 100 && device.Bucket >= gate);
        return Math.Max(0, patch - (behind ? 1 : 0));
    }

    /// <summary>Download, verify and apply of <paramref name="patch"/>; whether it was installed.</summary>
    private bool Cycle(FleetDevice device, AppProfile profile, int version, DateTime t, int session, int patch)
    {
        var background = rng.NextDouble() < profile.BackgroundRate;
        var user = !background && rng.NextDouble() < profile.PromptRate;
        FleetEvent Step(string name, double seconds, string? error = null)
        {
            t = t.AddSeconds(seconds);
            var e = new FleetEvent(t, device.Index, version, name, session, patch, background, user, device.Legacy, error);
            _events.Add(e);
            return e;
        }
        Step("download_start", rng.Next(2, 9));
        if (rng.NextDouble() < 0.006)
        {
            Step("download_failed", rng.Next(10, 60), "E_NET_TIMEOUT");
            return false;
        }
        Step("download_complete", rng.Next(5, 41));
        Step("verify_passed", 1);
        Step("apply_start", rng.Next(1, 5));
        if (device.Failer || rng.NextDouble() < 0.002)
        {
            Step("apply_failed", rng.Next(1, 5), device.Failer ? "E_DISK_FULL" : "E_PATCH_LOAD");
            return false;
        }
        Step("apply_success", rng.Next(1, 5));
        return true;
    }
}
