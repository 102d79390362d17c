namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// One installed device of one app: when it joined and left (churn), which version it runs and when it upgrades, where
/// it is (time zone), how often it is used, and its quirks (a legacy SDK build on http, installs that always fail).
/// </summary>
/// <param name="Zone">UTC offset in hours of the device's clock.</param>
/// <param name="Bucket">0–99: the <c>bucket</c> attribute staged rollouts gate on.</param>
/// <param name="Activity">Chance of opening the app on an ordinary weekday.</param>
/// <param name="Join">First case day (0 = installed before the case).</param>
/// <param name="Leave">First case day it is gone (uninstalled), or the case's length.</param>
/// <param name="Upgrade">Case day it moves to <paramref name="NewVersion"/>, or <see cref="int.MaxValue"/>.</param>
/// <param name="Failer">Every install on this device fails (full storage, a broken ROM).</param>
/// <param name="Legacy">A legacy SDK build that checks and downloads over http.</param>
/// <param name="Stale">Before the case it last installed the patch before the active one.</param>
internal sealed record FleetDevice(
    int Index, int App, string Id, string Platform, string Os, int Zone, int Bucket, string Region, double Activity,
    int Join, int Leave, int Version, int Upgrade, int NewVersion, bool Failer, bool Legacy, bool Stale)
{
    public int VersionOn(int day) => day >= Upgrade ? NewVersion : Version;

    /// <summary>The device's <c>attrs</c>, as conditional targeting sees them.</summary>
    public string Attrs => $"bucket={Bucket};region={Region}";
}
