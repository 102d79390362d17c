namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Writes a planned device day as the SDK reports it: launch; on the first report the consent dialog and answer before
/// any call; an update_check per session; when the active patch differs from the device's, download, verify and apply
/// (every step with the fields the contract requires); a crash with the running patch. Updates the device's state.
/// </summary>
internal sealed class EventEmitter(TelemetryRows rows, Random rng)
{
    private static readonly long Second = TimeSpan.TicksPerSecond;

    public void Emit(SimVersion version, DevicePlan plan, DayCounters counters)
    {
        var table = version.App.Devices;
        var current = plan.Current;
        var failing = false;
        var chains = 0;
        for (var s = 0; s < plan.Sessions.Length; s++)
        {
            var call = Open(version, plan, s);
            if (plan.Denied)
            {
                continue;
            }
            var http = (plan.HttpMask & (1 << s)) != 0;
            rows.Add(call, version, plan.Device, TelemetryEvent.UpdateCheck, -1, http ? RowFlags.Http : RowFlags.None);
            counters.Checks++;
            counters.HttpChecks += http ? 1 : 0;
            var active = version.ActiveAt(call);
            var update = active >= 0 && (active != current || (plan.Reapply && chains == 0));
            if (!update)
            {
                continue;
            }
            var flags = chains++ == 0 ? plan.First : ChainFlags.Draw(rng, version.App.Rates);
            var (applied, failed) = Chain(version, plan.Device, call + (Seconds(1, 3) * Second), active, flags, counters);
            current = applied ? active : current;
            table.Current[plan.Device] = (short)current;
            failing |= failed;
        }
        if (plan.Crash && current >= 0)
        {
            var dayEnd = plan.Sessions[0] - (plan.Sessions[0] % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay - Second;
            var at = Math.Min(plan.Sessions[^1] + (Seconds(180, 2400) * Second), dayEnd);
            rows.Add(at, version, plan.Device, TelemetryEvent.Crash, current, RowFlags.None, TelemetryRows.NativeCrash);
            failing = true;
        }
        counters.Active++;
        counters.FailingDevices += failing ? 1 : 0;
        table.Current[plan.Device] = (short)current;
    }

    /// <summary>A session's launch and, on the device's first report, the consent dialog; returns when the SDK may call.</summary>
    private long Open(SimVersion version, DevicePlan plan, int session)
    {
        var t = plan.Sessions[session];
        rows.Add(t, version, plan.Device, TelemetryEvent.Launch, version.App.Devices.Current[plan.Device]);
        if (session > 0 || !plan.FirstReport)
        {
            return t + (Seconds(1, 4) * Second);
        }
        rows.Add(t + Second, version, plan.Device, TelemetryEvent.ConsentPrompt, -1);
        var answer = t + (Seconds(4, 25) * Second);
        rows.Add(answer, version, plan.Device, plan.Denied ? TelemetryEvent.ConsentDenied : TelemetryEvent.ConsentGranted, -1);
        version.App.Devices.Reported[plan.Device] = true;
        return answer + (Seconds(1, 3) * Second);
    }

    private (bool Applied, bool Failed) Chain(SimVersion version, int device, long t, int patch, ChainFlags flags, DayCounters counters)
    {
        var prompted = version.Patches[patch].Prompted;
        var background = flags.Background && (!prompted || flags.Injected);
        var userInitiated = !background && (prompted || flags.UserInitiated);
        var state = (background ? RowFlags.Background : RowFlags.None) | (userInitiated ? RowFlags.UserInitiated : RowFlags.None);
        rows.Add(t, version, device, TelemetryEvent.DownloadStart, patch, state);
        t += Seconds(2, 40) * Second;
        if (flags.DownloadFails)
        {
            rows.Add(t, version, device, TelemetryEvent.DownloadFailed, patch, state, TelemetryRows.NetworkTimeout);
            return (false, false);
        }
        rows.Add(t, version, device, TelemetryEvent.DownloadComplete, patch, state);
        t += Second;
        t = Verify(version, device, t, patch, flags, state, counters);
        if (t < 0)
        {
            return (false, false);
        }
        rows.Add(t, version, device, TelemetryEvent.VerifyPassed, patch);
        counters.Verifications++;
        t += Seconds(1, 3) * Second;
        var mode = Mode(prompted && !background, background);
        rows.Add(t, version, device, TelemetryEvent.ApplyStart, patch, state | mode);
        t += Seconds(1, 5) * Second;
        if (flags.ApplyFails)
        {
            rows.Add(t, version, device, TelemetryEvent.ApplyFailed, patch, state | mode, TelemetryRows.ApplyIo);
            return (false, true);
        }
        rows.Add(t, version, device, TelemetryEvent.ApplySuccess, patch, state | mode);
        counters.Applies++;
        counters.SilentApplies += background ? 1 : 0;
        counters.NightApplies += new DateTime(t).Hour < 6 ? 1 : 0;
        return (true, false);
    }

    /// <summary>A failed verification (and, for a retry, the second download); returns the time after it, or -1 when the chain stops.</summary>
    private long Verify(SimVersion version, int device, long t, int patch, ChainFlags flags, RowFlags state, DayCounters counters)
    {
        if (!flags.VerifyRetry && !flags.VerifyFails)
        {
            return t;
        }
        rows.Add(t, version, device, TelemetryEvent.VerifyFailed, patch, RowFlags.None, TelemetryRows.SignatureMismatch);
        counters.Verifications++;
        counters.VerifyFailed++;
        if (!flags.VerifyRetry)
        {
            return -1;
        }
        rows.Add(t + (2 * Second), version, device, TelemetryEvent.DownloadStart, patch, state);
        t += Seconds(5, 30) * Second;
        rows.Add(t, version, device, TelemetryEvent.DownloadComplete, patch, state);
        return t + Second;
    }

    private RowFlags Mode(bool prompted, bool background) => prompted ? RowFlags.Immediate
        : background ? (rng.NextDouble() < 0.5 ? RowFlags.Silent : RowFlags.OnNextSuspend)
        : rng.NextDouble() < 0.6 ? RowFlags.OnNextRestart : RowFlags.Immediate;

    private long Seconds(int low, int high) => rng.Next(low, high + 1);
}
