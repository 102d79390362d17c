namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>One app of the fleet.</summary>
/// <param name="Short">Short name used in patch ids and device ids.</param>
/// <param name="Devices">Devices installed over the case (before churn).</param>
/// <param name="Sdk">Hot-update SDK build of the app's older versions; new versions ship the next build.</param>
internal sealed record FleetApp(
    int Index, string AppId, string Short, int Devices, AppProfile Profile, FleetTeam Team, string Sdk, string SignatureAlg);
