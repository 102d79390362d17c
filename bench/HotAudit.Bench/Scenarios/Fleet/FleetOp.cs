namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>One operation-log row before it is written.</summary>
/// <param name="Version">App version index, or -1 for platform-wide actions.</param>
/// <param name="Patch">The patch number acted on (0 = none).</param>
/// <param name="Gate">For a publish or a targeting change behind a gate: the percentage of buckets let through (100 = all).</param>
/// <param name="Api">Done through the platform's API (the CI bot, the rollout automation): exported to the JSON Lines log.</param>
internal sealed record FleetOp(
    DateTime Local, string Operator, string Role, string Action, int Version, int Patch = 0, string? Result = null,
    int Gate = 100, bool Api = false)
{
    /// <summary>A rollback as ANOMALY.md counts it: set_active of an earlier patch, or deactivate.</summary>
    public bool IsRollback => Action is "set_active" or "deactivate";
}
