namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One customer app on the Meridian platform as the family knows it before a seed varies it: its audience (daily active
/// devices at full population, weekly and hourly rhythm), its SDK (pipeline, install policy, platforms), its team's
/// release practice and its version line.
/// </summary>
/// <param name="Id">The app id (appKey).</param>
/// <param name="Short">A short prefix for patch ids, device ids and operator accounts.</param>
/// <param name="Customer">The customer (tenant) that owns the app.</param>
/// <param name="DailyActive">Active devices on an ordinary day at population 1.</param>
/// <param name="Android">Share of Android devices; <paramref name="Harmony"/> HarmonyOS, the rest iOS.</param>
/// <param name="LegacyHttpShare">Share of devices on an old SDK build that still checks over plain http (routine).</param>
/// <param name="CrashRate">Chance that a session with a patch active reports a crash.</param>
/// <param name="Campaign">The app runs a marketing campaign day (a festive sale) in the case.</param>
/// <param name="Targeted">Devices report targeting attributes (region, tier) and publishes may be conditional.</param>
/// <param name="Major">The version line, e.g. 7 for 7.x.</param>
/// <param name="Minor">The minor version of the newest version at the start.</param>
/// <param name="StoreCadence">Days between app-store versions.</param>
/// <param name="PatchCadence">Days between routine patch releases on the current version.</param>
/// <param name="Optional">Present in about half of the seeds.</param>
internal sealed record AppProfile(
    string Id, string Short, string Customer, int DailyActive, WeeklyShape Weekly, HourProfile Hours, TelemetryFeed Feed,
    ReleaseStyle Style, InstallPolicy Install, double Android, double Harmony, string SdkOld, string SdkNew,
    double LegacyHttpShare, double CrashRate, bool AsksConsent, bool Campaign, bool Targeted, int Major, int Minor,
    int StoreCadence, int PatchCadence, bool Optional = false);
