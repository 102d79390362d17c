namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// Every device's days: launches on the app's daily rhythm, a check at each launch, and when the server hands out a
/// newer patch (and the device is in the rollout) download → verify → apply; a set_active of an older patch or a
/// deactivate makes the device roll back. Natural failures, reinstalls, legacy http SDKs, skewed clocks, the outage's
/// lost hours; and the injected effects of a (version, day).
/// </summary>
internal sealed class HarborSimulator(HarborWorld w, IReadOnlyDictionary<(int Version, int Day), HarborEffect> effects)
{
    private readonly Random rng = w.Rng;
    private readonly HarborCalendar cal = w.Calendar;
    private int seq;

    public List<HarborEvent> Events { get; } = new(1_000_000);

    public void Run()
    {
        foreach (var v in w.Versions)
        {
            var (patch, _) = v.At(cal.Start);
            foreach (var d in v.Devices)
            {
                w.Devices[d].Current = v.Launch < 0 && rng.NextDouble() < 0.97 ? patch : -1;
            }
        }
        for (var day = 0; day < cal.Days; day++)
        {
            foreach (var v in w.Versions)
            {
                var expected = v.Expected[day];
                if (expected <= 0)
                {
                    continue;
                }
                var p = Math.Min(1, expected / v.Devices.Count);
                var fx = effects.GetValueOrDefault((v.Index, day));
                var app = w.Apps[v.App];
                foreach (var d in v.Devices)
                {
                    var device = w.Devices[d];
                    if (rng.NextDouble() < 0.002)
                    {
                        device.Current = -1;
                    }
                    if (rng.NextDouble() < p)
                    {
                        DeviceDay(app, v, d, device, day, fx);
                    }
                }
            }
        }
    }

    private void DeviceDay(HarborApp app, HarborVersion v, int d, HarborDevice device, int day, HarborEffect? fx)
    {
        var count = 1 + (rng.NextDouble() < 0.3 ? 1 : 0) + (rng.NextDouble() < 0.06 ? 1 : 0);
        var times = new long[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = cal.Midnight(day) + w.Pick(app.Hourly) * HarborCalendar.HourMs + rng.Next(3_600_000);
        }
        if (fx is { Night: > 0 } && rng.NextDouble() < fx.Night)
        {
            times[0] = cal.Midnight(day) + 2 * HarborCalendar.HourMs + rng.Next(12_600_000);
        }
        Array.Sort(times);
        var http = device.Legacy || (fx is { Http: > 0 } && rng.NextDouble() < fx.Http);
        var failing = fx is { Fail: > 0 } && rng.NextDouble() < fx.Fail;
        var last = times[^1];
        var checkedAt = long.MinValue / 2;
        foreach (var t in times)
        {
            if (device.ResetClock && rng.NextDouble() < 0.3)
            {
                Emit(device, d, t, EventKind.Launch, device.Current, bad: true);
            }
            Emit(device, d, t, EventKind.Launch, device.Current);
            if (failing && t == times[0])
            {
                var crash = t + 30_000 + rng.Next(1_200_000);
                Emit(device, d, crash, EventKind.Crash, device.Current, error: 4);
                if (device.Current >= 0 && rng.NextDouble() < 0.3)
                {
                    Emit(device, d, crash + 5000, EventKind.Rollback, device.Current, error: 4);
                }
            }
            else if (rng.NextDouble() < 0.002)
            {
                Emit(device, d, t + 60_000 + rng.Next(3_000_000), EventKind.Crash, device.Current, error: 5);
            }
            if (t - checkedAt < 4 * HarborCalendar.HourMs)
            {
                continue; // the SDK asks the server at most every four hours
            }
            checkedAt = t;
            Emit(device, d, t + 300 + rng.Next(1500), EventKind.UpdateCheck, -1, transport: http ? (byte)2 : (byte)1);
            var at = t + 2000 + rng.Next(1000);
            var (patch, threshold) = v.At(t);
            if (patch < 0)
            {
                if (device.Current >= 0)
                {
                    Emit(device, d, at, EventKind.Rollback, device.Current);
                    device.Current = -1;
                }
            }
            else if (patch != device.Current)
            {
                if (device.Current >= 0 && w.Published[patch] < w.Published[device.Current])
                {
                    Emit(device, d, at, EventKind.Rollback, patch);
                    device.Current = patch;
                }
                else if (device.Bucket < threshold)
                {
                    last = Math.Max(last, Apply(app, device, d, patch, at, http, fx));
                }
            }
        }
        if (fx is { Loops: > 0 } && device.Current >= 0 && rng.NextDouble() < fx.LoopShare)
        {
            // the manifest's hash does not match the file on the CDN: the SDK fetches and applies the same patch again and again
            for (var i = 0; i < fx.Loops; i++)
            {
                last += 120_000 + rng.Next(900_000);
                if (last >= cal.Midnight(day + 1) - 60_000)
                {
                    last = cal.Midnight(day + 1) - 60_000 - rng.Next(600_000);
                }
                Apply(app, device, d, device.Current, last, http, null, loop: true);
            }
        }
    }

    /// <summary>download → verify → apply; returns the time of the last event.</summary>
    private long Apply(HarborApp app, HarborDevice device, int d, int patch, long t, bool http, HarborEffect? fx, bool loop = false)
    {
        var silent = fx is { Silent: > 0 } && rng.NextDouble() < fx.Silent;
        var background = !silent && rng.NextDouble() < app.Background;
        var state = silent || background ? (byte)2 : (byte)1;
        var mode = silent ? (byte)4 : background ? (byte)3 : app.Prompted ? (byte)1 : (byte)2;
        var user = !silent && !background && app.Prompted ? (byte)2 : (byte)1;
        var transport = http ? (byte)2 : (byte)1;
        Emit(device, d, t, EventKind.DownloadStart, patch, state: state, transport: transport);
        t += 1500 + rng.Next(30_000);
        if (!loop && rng.NextDouble() < 0.008)
        {
            Emit(device, d, t, EventKind.DownloadFailed, patch, state: state, transport: transport, error: 3);
            return t;
        }
        Emit(device, d, t, EventKind.DownloadComplete, patch, state: state, transport: transport);
        t += 200 + rng.Next(400);
        if (!loop && rng.NextDouble() < 0.002 + (fx?.Verify ?? 0))
        {
            Emit(device, d, t, EventKind.VerifyFailed, patch, error: 1);
            return t;
        }
        Emit(device, d, t, EventKind.VerifyPassed, patch);
        t += 300 + rng.Next(700);
        Emit(device, d, t, EventKind.ApplyStart, patch, state, user, mode);
        t += 800 + rng.Next(3000);
        if (!loop && rng.NextDouble() < 0.006)
        {
            Emit(device, d, t, EventKind.ApplyFailed, patch, state, user, mode, error: 2);
            return t;
        }
        Emit(device, d, t, EventKind.ApplySuccess, patch, state, user, mode);
        device.Current = patch;
        return t;
    }

    private void Emit(HarborDevice device, int d, long t, EventKind kind, int patch, byte state = 0, byte user = 0, byte mode = 0, byte transport = 0, byte error = 0, bool bad = false)
    {
        if (cal.Lost(t))
        {
            return;
        }
        Events.Add(new HarborEvent
        {
            True = t, Ts = t + device.SkewMs, Device = d, Patch = patch, Seq = seq++, Kind = kind, State = state, User = user, Mode = mode,
            Transport = transport, Error = error, Bad = bad,
        });
    }
}
