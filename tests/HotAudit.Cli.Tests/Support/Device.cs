namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// A device of one app (the pair app_id, device_id of the contract) at one app version, making well-formed events:
/// every field the contract requires for the event is filled, nothing else that a rule reads is set by accident.
/// </summary>
internal sealed record Device(string AppId, string AppVersion, string DeviceId)
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    public Device OnVersion(string appVersion) => this with { AppVersion = appVersion };

    public Device InApp(string appId) => this with { AppId = appId };

    public TelemetryEvent Event(string name, DateTimeOffset ts, string? patchId = null) => new()
    {
        Ts = ts, AppId = AppId, AppVersion = AppVersion, Platform = "android", DeviceId = DeviceId, Event = name,
        PatchId = patchId,
    };

    public TelemetryEvent Prompt(DateTimeOffset ts) => Event("consent_prompt", ts);

    public TelemetryEvent Granted(DateTimeOffset ts) => Event("consent_granted", ts);

    public TelemetryEvent Denied(DateTimeOffset ts) => Event("consent_denied", ts);

    public TelemetryEvent Check(DateTimeOffset ts) => Event("update_check", ts) with { Transport = "https", TlsVersion = "1.3" };

    public TelemetryEvent DownloadStart(string patchId, DateTimeOffset ts) =>
        Event("download_start", ts, patchId) with { AppState = "foreground", Transport = "https", TlsVersion = "1.3" };

    public TelemetryEvent DownloadComplete(string patchId, DateTimeOffset ts) =>
        Event("download_complete", ts, patchId) with { AppState = "foreground", Transport = "https", TlsVersion = "1.3" };

    public TelemetryEvent VerifyPassed(string patchId, DateTimeOffset ts) => Event("verify_passed", ts, patchId);

    public TelemetryEvent VerifyFailed(string patchId, DateTimeOffset ts) => Event("verify_failed", ts, patchId);

    public TelemetryEvent ApplyStart(string patchId, DateTimeOffset ts) => Event("apply_start", ts, patchId) with { AppState = "foreground" };

    /// <summary>A foreground, not user-initiated apply on next restart, of a signed patch.</summary>
    public TelemetryEvent ApplySuccess(string patchId, DateTimeOffset ts) => Event("apply_success", ts, patchId) with
    {
        AppState = "foreground", InstallMode = "on_next_restart", UserInitiated = "false", SignaturePresent = "true",
    };

    public TelemetryEvent ApplyFailed(string patchId, DateTimeOffset ts) =>
        Event("apply_failed", ts, patchId) with { AppState = "foreground", ErrorCode = "E_APPLY" };

    public TelemetryEvent Rollback(string? patchId, DateTimeOffset ts) => Event("rollback", ts, patchId);

    public TelemetryEvent Crash(string? patchId, DateTimeOffset ts) => Event("crash", ts, patchId);

    public TelemetryEvent Launch(DateTimeOffset ts, string? patchId = null) => Event("launch", ts, patchId);

    /// <summary>
    /// The compliant chain, one <see cref="Step"/> apart from <paramref name="start"/>: consent granted, check, download,
    /// verification passed, apply. Fires no rule of the shipped packs for a published, signed patch.
    /// </summary>
    public IEnumerable<TelemetryEvent> CleanUpdate(string patchId, DateTimeOffset start) =>
    [
        Granted(start), Check(start + Step), DownloadStart(patchId, start + (2 * Step)),
        DownloadComplete(patchId, start + (3 * Step)), VerifyPassed(patchId, start + (4 * Step)),
        ApplyStart(patchId, start + (5 * Step)), ApplySuccess(patchId, start + (6 * Step)),
    ];

    /// <summary><see cref="CleanUpdate"/> whose final apply is replaced by <paramref name="apply"/>'s result.</summary>
    public IEnumerable<TelemetryEvent> UpdateEndingWith(
        string patchId, DateTimeOffset start, Func<TelemetryEvent, TelemetryEvent> apply) =>
        CleanUpdate(patchId, start).Select(e => e.Event == "apply_success" ? apply(e) : e);
}
