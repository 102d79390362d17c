namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// One telemetry event before it is written: the writer turns it into the contract's row, adding the fields each
/// event kind requires (patch on patch events, app state on downloads and applies, transport on checks and downloads).
/// </summary>
/// <param name="Version">Index of the device's app version.</param>
/// <param name="Device">Index of the device.</param>
/// <param name="Event">The contract's event name.</param>
internal sealed record SimEvent(DateTime Local, int Version, int Device, string Event)
{
    /// <summary>The patch number the event is about (0 = none).</summary>
    public int Patch { get; init; }

    /// <summary>The download-verify-apply cycle (and the check that started it) the event belongs to, or -1.</summary>
    public int Cycle { get; init; } = -1;

    public bool Background { get; init; }

    public bool UserInitiated { get; init; }

    public string? InstallMode { get; init; }

    public bool Http { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>A download or apply event: these carry app state, user_initiated and install mode.</summary>
    public bool IsApply => Event.StartsWith("apply_", StringComparison.Ordinal);

    public bool IsDownload => Event.StartsWith("download_", StringComparison.Ordinal);
}
