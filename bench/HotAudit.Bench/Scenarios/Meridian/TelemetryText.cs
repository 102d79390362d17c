using System.Globalization;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The text of an event's fields as every export writes them (vocabulary values, patch ids and digests, the
/// device's attributes).</summary>
internal sealed class TelemetryText(IReadOnlyList<AppWorld> apps, IReadOnlyList<Device> devices)
{
    private readonly Dictionary<(int App, int Version, int Patch), string> _hashes = [];

    public Device Device(TelemetryEvent e) => devices[e.Device];

    public AppWorld App(TelemetryEvent e) => apps[devices[e.Device].App];

    public string Version(TelemetryEvent e) => App(e).Versions[e.Version].Name;

    public static string EventId(TelemetryEvent e) => "ev" + e.Sequence.ToString("x8", CultureInfo.InvariantCulture);

    public string? PatchId(TelemetryEvent e) => e.Patch > 0 ? App(e).PatchId(e.Version, e.Patch) : null;

    public static string? PatchVersion(TelemetryEvent e) => e.Patch > 0 ? e.Patch.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The digest the device computed, on the events that carry one.</summary>
    public string? Hash(TelemetryEvent e)
    {
        if (e.Patch <= 0 || e.Kind is not (EventKind.DownloadComplete or EventKind.ApplySuccess))
        {
            return null;
        }
        var key = (devices[e.Device].App, (int)e.Version, (int)e.Patch);
        if (!_hashes.TryGetValue(key, out var hash))
        {
            _hashes[key] = hash = App(e).PatchHash(e.Version, e.Patch);
        }
        return hash;
    }

    public string? Tls(TelemetryEvent e) => e.Transport == Transport.Https ? Device(e).OldSdk ? "1.2" : "1.3" : null;

    public static bool? SignaturePresent(TelemetryEvent e) => e.Kind is EventKind.VerifyPassed or EventKind.VerifyFailed ? true : null;

    /// <summary>Targeting attributes as <c>key=value;key=value</c>, for the apps that target.</summary>
    public string? Attributes(TelemetryEvent e) => App(e).Profile.Targeted ? $"region={Device(e).Region};tier={Device(e).Tier}" : null;

    public static string Event(EventKind kind) => kind switch
    {
        EventKind.ConsentPrompt => "consent_prompt",
        EventKind.ConsentGranted => "consent_granted",
        EventKind.ConsentDenied => "consent_denied",
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
        EventKind.Crash => "crash",
        _ => "launch",
    };

    public static string? State(AppState state) => state switch
    {
        AppState.Foreground => "foreground",
        AppState.Background => "background",
        _ => null,
    };

    public static string? Mode(InstallMode mode) => mode switch
    {
        InstallMode.Immediate => "immediate",
        InstallMode.OnNextRestart => "on_next_restart",
        InstallMode.OnNextResume => "on_next_resume",
        InstallMode.OnNextSuspend => "on_next_suspend",
        InstallMode.Silent => "silent",
        _ => null,
    };

    public static string? TransportText(Transport transport) => transport switch
    {
        Transport.Https => "https",
        Transport.Http => "http",
        _ => null,
    };

    public static string? Error(ErrorCode error) => error switch
    {
        ErrorCode.NetTimeout => "E_NET_TIMEOUT",
        ErrorCode.HashMismatch => "E_HASH_MISMATCH",
        ErrorCode.SignatureKeyUnknown => "E_SIG_KEY_UNKNOWN",
        ErrorCode.ApplyIo => "E_APPLY_IO",
        ErrorCode.DiskFull => "E_DISK_FULL",
        ErrorCode.DiffBaseMismatch => "E_DIFF_BASE_MISMATCH",
        ErrorCode.NativeCrash => "SIGSEGV",
        ErrorCode.NotResponding => "ANR",
        _ => null,
    };
}
