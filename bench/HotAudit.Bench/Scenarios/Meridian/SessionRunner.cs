namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One device's sessions of one day, as its SDK reports them: the consent dialog the first time, a patch waiting for
/// this launch applied, the launch, the update check and whatever the platform serves (a new patch downloaded, verified
/// and applied as the install policy says; the base package after a deactivation), crashes; and the day's incident when
/// the device is one it hits.
/// </summary>
internal sealed class SessionRunner(AppWorld app, Device device, DeviceState state, PatchTimeline timeline, IncidentEffect? effect,
    Random rng, List<TelemetryEvent> sink, int sequence)
{
    public int Sequence { get; private set; } = sequence;

    public void Run(long start, bool push)
    {
        var t = start;
        if (!state.Seen)
        {
            state.Seen = true;
            if (app.Profile.AsksConsent)
            {
                Emit(EventKind.ConsentPrompt, t);
                t += 3 + rng.Next(40);
                state.Denied = rng.NextDouble() < 0.03;
                Emit(state.Denied ? EventKind.ConsentDenied : EventKind.ConsentGranted, t, initiated: true);
                t += 2;
            }
        }
        if (state.Pending > 0 && !state.Denied)
        {
            Apply(t, state.Pending, AppState.Foreground, false, state.PendingMode);
            t += 2 + rng.Next(5);
        }
        Emit(EventKind.Launch, t, state.Applied);
        if (state.Denied)
        {
            return;
        }
        t += 2 + rng.Next(14);
        Check(t, push);
        var length = 60 + rng.Next(1500);
        Crashes(t, length);
        Loop(t + 30);
    }

    private void Check(long t, bool push)
    {
        var http = device.LegacyHttp || (effect is not null && (effect.Is(IncidentPattern.HttpEndpoint) || effect.Is(IncidentPattern.OfficeProxy))
            && effect.Covers(t) && effect.Selects(device));
        var transport = http ? Transport.Http : Transport.Https;
        Emit(EventKind.UpdateCheck, t, transport: transport);
        var served = timeline.At(t);
        if (served.Active == 0)
        {
            if (state.Applied > 0)
            {
                Emit(EventKind.Rollback, t + 1, state.Applied);
                state.Applied = 0;
                state.Pending = 0;
            }
            return;
        }
        if (served.Active == state.Applied || served.Active == state.Pending || served.Active == state.Refused
            || !Targeting.Matches(served.Condition, device))
        {
            return;
        }
        Download(t + 1, served.Active, transport, push);
    }

    private void Download(long t, int patch, Transport transport, bool push)
    {
        Emit(EventKind.DownloadStart, t, patch, AppState.Foreground, transport: transport);
        if (rng.NextDouble() < 0.01)
        {
            Emit(EventKind.DownloadFailed, t + 5 + rng.Next(55), patch, AppState.Foreground, transport: transport, error: ErrorCode.NetTimeout);
            return;
        }
        t += 3 + rng.Next(38);
        Emit(EventKind.DownloadComplete, t, patch, AppState.Foreground, transport: transport);
        var hit = effect is not null && effect.Patch == patch && effect.Covers(t) && effect.Selects(device);
        if (hit && effect!.Is(IncidentPattern.KeyRotation))
        {
            Emit(EventKind.VerifyFailed, t + 1, patch, error: ErrorCode.SignatureKeyUnknown);
            return;
        }
        if (hit && effect!.Is(IncidentPattern.TruncatedCdn))
        {
            Emit(EventKind.VerifyFailed, t + 1, patch, error: ErrorCode.HashMismatch);
            Emit(EventKind.DownloadStart, t + 3, patch, AppState.Foreground, transport: transport);
            t += 5 + rng.Next(30);
            Emit(EventKind.DownloadComplete, t, patch, AppState.Foreground, transport: transport);
        }
        else if (rng.NextDouble() < 0.002)
        {
            Emit(EventKind.VerifyFailed, t + 1, patch, error: ErrorCode.HashMismatch);
            return;
        }
        Emit(EventKind.VerifyPassed, t + 1, patch);
        Install(t + 2, patch, push, hit && effect!.Is(IncidentPattern.SilentConfig));
    }

    private void Install(long t, int patch, bool push, bool silent)
    {
        if (silent)
        {
            Apply(t + 60 + rng.Next(540), patch, AppState.Background, false, InstallMode.Silent);
            return;
        }
        if (push)
        {
            Apply(t + 2 + rng.Next(10), patch, AppState.Foreground, true, InstallMode.Immediate);
            return;
        }
        var (delay, appState, initiated, mode) = InstallTiming.For(app.Profile.Install, device, rng);
        if (delay >= 0)
        {
            Apply(t + delay, patch, appState, initiated, mode);
            return;
        }
        state.Pending = patch;
        state.PendingMode = mode;
    }

    private void Apply(long t, int patch, AppState appState, bool initiated, InstallMode mode)
    {
        Emit(EventKind.ApplyStart, t, patch, appState, initiated, mode);
        var hit = effect is not null && effect.Patch == patch && effect.Covers(t) && effect.Selects(device);
        if ((hit && effect!.Is(IncidentPattern.DiffBaseMismatch)) || rng.NextDouble() < 0.006)
        {
            var error = hit ? ErrorCode.DiffBaseMismatch : rng.Next(2) == 0 ? ErrorCode.ApplyIo : ErrorCode.DiskFull;
            Emit(EventKind.ApplyFailed, t + 1 + rng.Next(3), patch, appState, initiated, mode, error: error);
            state.Pending = patch;
            state.PendingMode = mode == InstallMode.Immediate ? InstallMode.OnNextRestart : mode;
            return;
        }
        Emit(EventKind.ApplySuccess, t + 1 + rng.Next(3), patch, appState, initiated, mode);
        state.Applied = patch;
        state.Pending = 0;
        if (hit && effect!.Is(IncidentPattern.CrashingRelease))
        {
            Crash(t + 30 + rng.Next(570), 1 + rng.Next(2), 0.35);
        }
    }

    private void Crashes(long t, int length)
    {
        if (state.Applied > 0 && rng.NextDouble() < app.Profile.CrashRate)
        {
            Crash(t + 20 + rng.Next(length), 1, 0.15);
        }
        if (effect is not null && effect.Is(IncidentPattern.RemoteFlagCrash) && effect.Covers(t) && effect.Selects(device) && state.Applied > 0)
        {
            Crash(t + 20 + rng.Next(300), 1 + rng.Next(2), 0.3);
        }
    }

    /// <summary>The app crashes <paramref name="times"/> times on its patch; the SDK may then roll back to the base package and refuse that patch.</summary>
    private void Crash(long t, int times, double rollback)
    {
        for (var k = 0; k < times; k++)
        {
            Emit(EventKind.Crash, t, state.Applied, error: rng.Next(3) == 0 ? ErrorCode.NotResponding : ErrorCode.NativeCrash);
            t += 20 + rng.Next(200);
        }
        if (rng.NextDouble() < rollback)
        {
            Emit(EventKind.Rollback, t, state.Applied);
            state.Refused = state.Applied;
            state.Applied = 0;
        }
    }

    /// <summary>An apply loop: the device re-applies its patch <see cref="IncidentEffect.Loops"/> times, restarting the app each time.</summary>
    private void Loop(long t)
    {
        if (effect is null || effect.Loops == 0 || !effect.Covers(t) || !effect.Selects(device) || state.Applied == 0
            || state.LoopedOn == effect.Incident.Day)
        {
            return;
        }
        state.LoopedOn = effect.Incident.Day;
        var patch = state.Applied;
        for (var k = 0; k < effect.Loops; k++)
        {
            t += 60 + rng.Next(180);
            if (effect.Is(IncidentPattern.EtagLoop))
            {
                Emit(EventKind.DownloadStart, t, patch, AppState.Foreground, transport: Transport.Https);
                Emit(EventKind.DownloadComplete, t + 4, patch, AppState.Foreground, transport: Transport.Https);
                Emit(EventKind.VerifyPassed, t + 5, patch);
                t += 6;
            }
            Emit(EventKind.ApplyStart, t, patch, AppState.Foreground, false, InstallMode.Immediate);
            Emit(EventKind.ApplySuccess, t + 2, patch, AppState.Foreground, false, InstallMode.Immediate);
            Emit(EventKind.Launch, t + 5, patch);
        }
    }

    private void Emit(EventKind kind, long at, int patch = 0, AppState appState = AppState.None, bool? initiated = null,
        InstallMode mode = InstallMode.None, Transport transport = Transport.None, ErrorCode error = ErrorCode.None) =>
        sink.Add(new TelemetryEvent(at + device.ClockSkew, device.Index, Sequence++, kind, (short)state.Version, (short)patch, appState,
            initiated, mode, transport, error));
}
