namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>One telemetry row a device's SDK reported (time in seconds from the period's first local midnight).</summary>
internal sealed record VendorEvent(long At, VendorDevice Device, VendorVersion Version, string Event)
{
    public string Id { get; set; } = "";
    public VendorPatch? Patch { get; init; }
    public bool Background { get; init; }
    public bool UserInitiated { get; init; }
    public string? InstallMode { get; init; }
    public string? Transport { get; init; }
    public string? ErrorCode { get; init; }

    public int Day => (int)(At / VendorCalendar.Day);
}
