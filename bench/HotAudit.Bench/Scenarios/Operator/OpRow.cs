namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>One operation-log row before it is written.</summary>
/// <param name="App">App index, or -1 for platform-wide actions.</param>
/// <param name="Version">App version index, or -1 when the action is not about one version.</param>
/// <param name="Patch">The patch acted on; null on a rollback until <see cref="PatchTimelines"/> resolves it.</param>
/// <param name="Result">pass/approved for reviews and approvals.</param>
internal sealed record OpRow(
    DateTime Local, string Operator, string Role, string Action, int App, int Version, PlannedPatch? Patch,
    string? Result = null);
