namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One action on the Meridian platform, before it is written: when (case seconds), who, what, on which app version and
/// patch (<see cref="Version"/> -1 and <see cref="Patch"/> 0 when the action is not about one), and the fields the
/// action carries.
/// </summary>
internal sealed record Operation(
    long At, string Operator, string Role, string Action, int App, int Version = -1, int Patch = 0, string? Content = null,
    string? ApprovalId = null, string? Result = null, string? Distribution = null, string? Condition = null, string? KeyId = null,
    OperationExport Export = OperationExport.Console);
