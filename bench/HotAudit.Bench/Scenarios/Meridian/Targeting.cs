namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>Whether a device is in the audience of a conditional publish (the staged team's two conditions).</summary>
internal static class Targeting
{
    public static bool Matches(string? condition, Device device) => condition switch
    {
        null => true,
        RoutineRelease.BetaCondition => device.Tier == "beta",
        RoutineRelease.WidenedCondition => device.Tier == "beta" || device.Region == "south",
        _ => true,
    };
}
