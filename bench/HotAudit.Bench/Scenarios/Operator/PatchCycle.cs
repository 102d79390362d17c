namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// What a device does when a check finds a newer patch: download, verify the signature, apply. A failed download,
/// verification or apply ends the cycle; the next check tries again. Only a success changes the device's patch.
/// </summary>
internal sealed class PatchCycle(Random rng, List<SimEvent> events, int firstId = 0)
{
    private int _cycles = firstId;

    /// <summary>The next cycle id (the check that starts a cycle carries it too).</summary>
    public int NextId => _cycles;

    /// <summary>Runs one cycle started by a check at <paramref name="check"/>; returns whether the patch was applied.</summary>
    public bool Run(DeviceState device, BaselineLevels levels, DateTime check, int patch, bool prompted)
    {
        var id = _cycles++;
        var background = !prompted && rng.NextDouble() < levels.Background;
        var mode = background ? "on_next_suspend" : rng.NextDouble() < 0.6 ? "immediate" : "on_next_restart";
        SimEvent Make(DateTime at, string name, string? error = null) => new(at, device.Version, device.Index, name)
        {
            Patch = patch, Cycle = id, Background = background, UserInitiated = !background,
            InstallMode = name.StartsWith("apply_", StringComparison.Ordinal) ? mode : null, Http = device.Http, ErrorCode = error,
        };
        var t = check.AddSeconds(2 + rng.Next(28));
        events.Add(Make(t, "download_start"));
        t = t.AddSeconds(5 + rng.Next(55));
        if (rng.NextDouble() < levels.DownloadFailed)
            return Fail(Make(t, "download_failed", "E_NET_TIMEOUT"));
        events.Add(Make(t, "download_complete"));
        t = t.AddSeconds(10 + rng.Next(30));
        if (rng.NextDouble() < levels.VerifyFailed)
            return Fail(Make(t, "verify_failed", "E_SIG_MISMATCH"));
        events.Add(Make(t, "verify_passed"));
        events.Add(Make(t = t.AddSeconds(1 + rng.Next(4)), "apply_start"));
        t = t.AddSeconds(1 + rng.Next(9));
        if (rng.NextDouble() < levels.ApplyFailed)
            return Fail(Make(t, "apply_failed", "E_APPLY_IO"));
        events.Add(Make(t, "apply_success"));
        device.Patch = patch;
        return true;
    }

    private bool Fail(SimEvent failure)
    {
        events.Add(failure);
        return false;
    }
}
