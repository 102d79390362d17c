namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>The telemetry events the Harbor SDK reports.</summary>
internal enum EventKind : byte
{
    Launch, UpdateCheck, DownloadStart, DownloadComplete, DownloadFailed, VerifyPassed, VerifyFailed, ApplyStart, ApplySuccess, ApplyFailed, Rollback, Crash,
}

/// <summary>One simulated telemetry event; <see cref="Ts"/> is what the device's clock said, <see cref="True"/> when it happened.</summary>
internal struct HarborEvent
{
    public long True;
    public long Ts;
    public int Device;
    public int Patch;
    public int Seq;
    public EventKind Kind;
    /// <summary>0 absent, 1 foreground, 2 background.</summary>
    public byte State;
    /// <summary>0 absent, 1 false, 2 true.</summary>
    public byte User;
    /// <summary>0 absent, 1 immediate, 2 on_next_restart, 3 on_next_resume, 4 silent.</summary>
    public byte Mode;
    /// <summary>0 absent, 1 https, 2 http.</summary>
    public byte Transport;
    /// <summary>0 none, 1 signature mismatch, 2 load failed, 3 timeout, 4 crash in patched code, 5 crash.</summary>
    public byte Error;
    /// <summary>Written with the 1970 clock of a device whose clock was reset: a row the contract rejects (ts).</summary>
    public bool Bad;

    public static string Name(EventKind kind) => kind switch
    {
        EventKind.Launch => "launch",
        EventKind.UpdateCheck => "update_check",
        EventKind.DownloadStart => "download_start",
        EventKind.DownloadComplete => "download_complete",
        EventKind.DownloadFailed => "download_failed",
        EventKind.VerifyPassed => "verify_passed",
        EventKind.VerifyFailed => "verify_failed",
        EventKind.ApplyStart => "apply_start",
        EventKind.ApplySuccess => "apply_success",
        EventKind.ApplyFailed => "apply_failed",
        EventKind.Rollback => "rollback",
        _ => "crash",
    };

    public static string? ModeName(byte mode) => mode switch
    {
        1 => "immediate",
        2 => "on_next_restart",
        3 => "on_next_resume",
        4 => "silent",
        _ => null,
    };

    public static string? ErrorName(byte error) => error switch
    {
        1 => "SIGNATURE_MISMATCH",
        2 => "PATCH_LOAD_FAILED",
        3 => "NETWORK_TIMEOUT",
        4 => "E_PATCHED_CALL",
        5 => "SIGSEGV",
        _ => null,
    };
}

/// <summary>What an injection changes in one (version, day) of telemetry.</summary>
internal sealed class HarborEffect
{
    /// <summary>Share of devices whose checks and downloads go over http that day.</summary>
    public double Http { get; set; }
    /// <summary>Share of active devices that crash in patched code.</summary>
    public double Fail { get; set; }
    /// <summary>Share of apply sequences forced silent in the background.</summary>
    public double Silent { get; set; }
    /// <summary>Probability that a verification fails.</summary>
    public double Verify { get; set; }
    /// <summary>Share of devices whose first launch moves to 02:00–05:30.</summary>
    public double Night { get; set; }
    /// <summary>Extra download-verify-apply cycles of a looping device, and the share of devices looping.</summary>
    public int Loops { get; set; }
    public double LoopShare { get; set; }
}
