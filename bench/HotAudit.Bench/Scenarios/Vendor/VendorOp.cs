namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>One row of the platform's operation log (times in seconds from the period's first local midnight).</summary>
internal sealed record VendorOp(long At, string Operator, string Role, string Action, VendorApp App, VendorVersion? Version)
{
    public VendorPatch? Patch { get; init; }
    public string? Content { get; init; }
    public string? ApprovalId { get; init; }
    public string? Result { get; init; }
    public string? Distribution { get; init; }
    public int MinOs { get; init; }
    public string? KeyId { get; init; }

    /// <summary>Whether the exported log holds the row: inside the period, and for an app that joined late, from its registration on.</summary>
    public bool Written(VendorCalendar calendar) =>
        At >= 0 && At < calendar.Days * VendorCalendar.Day && (At >= (App.JoinDay - 1) * VendorCalendar.Day);

    public int Day => (int)Math.Floor(At / (double)VendorCalendar.Day);
}
