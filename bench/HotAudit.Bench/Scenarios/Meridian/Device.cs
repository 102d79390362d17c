namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// A device with one app installed: who it is (platform, OS, SDK build, targeting attributes), how often its user opens
/// the app, when it was installed and uninstalled, its clock error, and the days it moves to a newer store version.
/// </summary>
/// <param name="Index">Its index among all devices of the case.</param>
/// <param name="Propensity">Chance of opening the app on an ordinary day.</param>
/// <param name="InstallDay">The day it was installed (negative: before the case).</param>
/// <param name="ChurnDay">The day it was uninstalled (int.MaxValue: never).</param>
/// <param name="ClockSkew">Seconds its clock is off (its timestamps are off by as much).</param>
/// <param name="LegacyHttp">An old SDK build that checks over plain http.</param>
/// <param name="Flaky">Poor connectivity: its events are often uploaded days late.</param>
/// <param name="Suspends">Its build applies patches when the app goes to the background (ON_NEXT_SUSPEND).</param>
/// <param name="Upgrades">(day, version) moves, in day order; the first is its version from installation.</param>
internal sealed record Device(
    int Index, int App, string Id, double Propensity, int InstallDay, int ChurnDay, string Platform, string Os, string Sdk,
    bool OldSdk, string Region, string Tier, long ClockSkew, bool LegacyHttp, bool Flaky, bool Suspends,
    IReadOnlyList<(int Day, int Version)> Upgrades)
{
    /// <summary>Its store version on <paramref name="day"/>.</summary>
    public int VersionAt(int day)
    {
        var version = Upgrades[0].Version;
        foreach (var (from, v) in Upgrades)
        {
            if (from <= day)
            {
                version = v;
            }
        }
        return version;
    }

    /// <summary>Installed and not yet uninstalled on <paramref name="day"/>.</summary>
    public bool Present(int day) => day >= InstallDay && day < ChurnDay;
}
