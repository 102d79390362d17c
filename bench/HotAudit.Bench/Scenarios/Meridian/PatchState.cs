namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>From <see cref="From"/> on, the version's active patch (0: none, the base package) and its targeting condition (null: everyone).</summary>
internal readonly record struct PatchState(long From, int Active, string? Condition);
