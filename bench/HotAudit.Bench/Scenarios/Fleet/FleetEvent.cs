namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>One telemetry event before it is written, its time in the case's zone (+08:00).</summary>
/// <param name="Session">The app session (launch, check and any patch cycle) the event belongs to.</param>
/// <param name="Patch">The patch number the event is about (0 = none).</param>
/// <param name="Background">Installed in background, silently, not by the user.</param>
/// <param name="UserInitiated">The user accepted the update (foreground cycles only).</param>
internal sealed record FleetEvent(
    DateTime Local, int Device, int Version, string Event, int Session, int Patch = 0, bool Background = false,
    bool UserInitiated = false, bool Http = false, string? Error = null)
{
    public bool IsApply => Event.StartsWith("apply_", StringComparison.Ordinal);

    public bool IsDownload => Event.StartsWith("download_", StringComparison.Ordinal);

    public bool IsVerify => Event.StartsWith("verify_", StringComparison.Ordinal);

    /// <summary>An event that makes its device count as failing: apply_failed, rollback, crash.</summary>
    public bool IsFailure => Event is "apply_failed" or "rollback" or "crash";
}
