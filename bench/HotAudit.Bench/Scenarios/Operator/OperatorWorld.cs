namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The simulated platform: calendar, apps, their versions, and the platform's auditor.</summary>
internal sealed record OperatorWorld(
    OperatorCalendar Calendar, IReadOnlyList<AppPlan> Apps, IReadOnlyList<VersionPlan> Versions, string Auditor)
{
    /// <summary>The app of a version.</summary>
    public AppPlan AppOf(VersionPlan version) => Apps[version.App];

    /// <summary>A vector's app version is alive on <paramref name="day"/> (launched on or before it).</summary>
    public bool Alive(VersionPlan version, int day) => version.LaunchDay <= day;
}
