namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>One row of the platform's operation log (console or API).</summary>
internal sealed class HarborOp
{
    public required long T { get; init; }
    public required string Operator { get; init; }
    public required string Role { get; init; }
    public required string Action { get; init; }
    public int App { get; init; } = -1;
    public int Version { get; init; } = -1;
    public int Patch { get; init; } = -1;
    public string? Content { get; init; }
    public string? Approval { get; init; }
    public string? Result { get; init; }
    public string? Distribution { get; init; }
    public string? Condition { get; init; }
    /// <summary>Exported by the API log (JSON Lines) instead of the console's CSV.</summary>
    public bool Api { get; init; }
    /// <summary>The offset the operator's timestamps are written with.</summary>
    public int OffsetMinutes { get; init; } = 480;
    public string Id { get; set; } = "";
}

/// <summary>The operation-log actions the monitor counts.</summary>
internal static class HarborActions
{
    public static bool IsPublish(string action) => action == "publish";
    public static bool IsRollback(string action) => action is "set_active" or "deactivate";
}
