namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>One row of the platform's operation log (local time ticks; the version is null for platform-wide actions).</summary>
internal sealed record OperationRow(long Ticks, string Operator, string Role, string Action)
{
    public SimApp? App { get; init; }
    public SimVersion? Version { get; init; }
    public SimPatch? Patch { get; init; }
    public string? Content { get; init; }
    public string? ApprovalId { get; init; }
    public string? Result { get; init; }
    public string? Distribution { get; init; }
    public string? Condition { get; init; }
    public bool Signed { get; init; }
}
