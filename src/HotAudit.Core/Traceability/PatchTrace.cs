namespace HotAudit.Core.Traceability;

/// <summary>
/// The chain of one patch for a regulator (clause 7.2 i): its operation-log steps in time order, the links the chain is
/// judged by (upload, security review, approval, publish), its active windows, the devices that got it, and every gap.
/// </summary>
public sealed record PatchTrace
{
    /// <summary>The app, or null when nothing names it.</summary>
    public string? AppId { get; init; }

    /// <summary>The app version the patch is built for, or null.</summary>
    public string? AppVersion { get; init; }

    /// <summary>The patch.</summary>
    public required string PatchId { get; init; }

    /// <summary>Every operation-log row of the patch, in time order.</summary>
    public IReadOnlyList<TraceStep> Steps { get; init; } = [];

    /// <summary>The first upload, or null.</summary>
    public TraceStep? Upload { get; init; }

    /// <summary>The security review the publish rests on (the last before it, else the first after), or null.</summary>
    public TraceStep? Review { get; init; }

    /// <summary>The approval the publish rests on (by approval id, else the last before it, else the first after), or null.</summary>
    public TraceStep? Approval { get; init; }

    /// <summary>The first publish, or null when never published.</summary>
    public TraceStep? Publish { get; init; }

    /// <summary>When the patch was the active one of its app version.</summary>
    public IReadOnlyList<ActiveWindow> ActiveWindows { get; init; } = [];

    /// <summary>Devices that reported any event naming the patch.</summary>
    public DeviceTally Seen { get; init; } = DeviceTally.None;

    /// <summary>Devices that downloaded it (download_start or download_complete).</summary>
    public DeviceTally Downloaded { get; init; } = DeviceTally.None;

    /// <summary>Devices that applied it (apply_success).</summary>
    public DeviceTally Applied { get; init; } = DeviceTally.None;

    /// <summary>Devices that applied it while it was not active (before its publish, or after it was replaced or deactivated).</summary>
    public DeviceTally AppliedWhileInactive { get; init; } = DeviceTally.None;

    /// <summary>The missing or broken links, in chain order; empty when the chain is complete.</summary>
    public IReadOnlyList<TraceGap> Gaps { get; init; } = [];

    /// <summary>Whether nothing is missing.</summary>
    public bool Complete => Gaps.Count == 0;
}
