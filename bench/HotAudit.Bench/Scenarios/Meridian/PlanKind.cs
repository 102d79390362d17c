namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>What a team does with a version on a day, before it becomes operation-log rows.</summary>
internal enum PlanKind
{
    /// <summary>The platform registers a new store version.</summary>
    Launch,

    /// <summary>A routine patch release in the team's style (the first patch of a new version too).</summary>
    Release,

    /// <summary>A hotfix backported to the previous store version through the full chain.</summary>
    Backport,

    /// <summary>A rare maintenance patch on a quiet, old version.</summary>
    Maintenance,

    /// <summary>A staged rollout widened by a targeting change.</summary>
    Widen,

    /// <summary>One routine operation on a quiet version (a periodic security re-review or a targeting re-save).</summary>
    Touch,

    /// <summary>An injected incident (<see cref="ReleasePlan.Incident"/>).</summary>
    Incident,
}
