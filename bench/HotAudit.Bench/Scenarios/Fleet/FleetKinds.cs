namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Negative-control kinds only this family writes, beside <see cref="AnomalyKinds.Controls"/>: ordinary days of a real
/// fleet that a monitor of operation counts could mistake for a burst.
/// </summary>
internal static class FleetKinds
{
    /// <summary>A second patch the same day to fix the first one: two publishes and three to five people, all legitimate.</summary>
    public const string FixOfFix = "fix_of_fix";

    /// <summary>One rollback (<c>set_active</c> of the previous patch) a day or two after a release.</summary>
    public const string SingleRollback = "single_rollback";

    /// <summary>A staged rollout widened by <c>targeting_change</c>: more devices download the patch that day.</summary>
    public const string StagedWidening = "staged_widening";
}
