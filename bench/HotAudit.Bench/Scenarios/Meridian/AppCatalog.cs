namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The customer apps of Meridian, an Indian hot-update service (React Native / Flutter apps through CodePush-style
/// SDKs, native Android apps through a Tinker-style SDK): from a grocery app with about eleven hundred active devices a
/// day (two to three thousand on its sale day) to a police e-services app and a temple app with a few dozen.
/// </summary>
internal static class AppCatalog
{
    public static readonly IReadOnlyList<AppProfile> All =
    [
        new("com.kiranacart.shop", "kc", "KiranaCart Retail Pvt Ltd", 1100, WeeklyShape.Weekend, HourProfile.Evening, TelemetryFeed.Stream,
            ReleaseStyle.ManyHands, InstallPolicy.NextRestart, 0.86, 0, "8.3.1", "9.0.2", 0, 0.004, true, true, false, 7, 12, 38, 13),
        new("com.payswift.wallet", "ps", "PaySwift Payments Ltd", 430, WeeklyShape.Flat, HourProfile.Daytime, TelemetryFeed.Stream,
            ReleaseStyle.Staged, InstallPolicy.Prompt, 0.80, 0, "8.3.1", "9.0.2", 0.025, 0.003, true, false, true, 4, 21, 42, 19),
        new("com.cricbuzzer.live", "cb", "Cricbuzzer Media", 300, WeeklyShape.Weekend, HourProfile.Evening, TelemetryFeed.Stream,
            ReleaseStyle.FixOfFix, InstallPolicy.NextSuspendMix, 0.82, 0, "2.14.0", "2.18.1", 0, 0.006, true, false, false, 11, 3, 33, 14),
        new("com.metrocab.rider", "mc", "MetroCab Mobility", 260, WeeklyShape.Flat, HourProfile.Commute, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.FullChain, InstallPolicy.NextRestart, 0.78, 0.04, "1.9.14", "1.9.16", 0, 0.004, true, false, false, 5, 7, 45, 16),
        new("com.krishi.mausam", "km", "Krishi Mausam Foundation", 210, WeeklyShape.Flat, HourProfile.Dawn, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.ReleaseManager, InstallPolicy.SilentNextLaunch, 1.0, 0, "1.9.14", "1.9.16", 0, 0.003, true, false, false, 3, 4, 50, 18),
        new("com.rupeeledger.sme", "rl", "RupeeLedger Software", 190, WeeklyShape.Office, HourProfile.Office, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.ReleaseManager, InstallPolicy.Prompt, 0.72, 0.03, "1.9.14", "1.9.16", 0, 0.002, false, false, false, 6, 2, 40, 17),
        new("com.nightowl.radio", "no", "NightOwl Audio", 160, WeeklyShape.FridayNight, HourProfile.Night, TelemetryFeed.Stream,
            ReleaseStyle.FullChain, InstallPolicy.NextRestart, 0.75, 0, "2.14.0", "2.18.1", 0, 0.005, true, false, false, 3, 9, 36, 15),
        new("com.edututor.classes", "et", "EduTutor Learning", 130, WeeklyShape.School, HourProfile.Evening, TelemetryFeed.Stream,
            ReleaseStyle.FixOfFix, InstallPolicy.NextResume, 0.88, 0, "8.3.1", "9.0.2", 0, 0.004, true, false, false, 2, 17, 41, 15),
        new("com.shiftroster.workforce", "sr", "ShiftRoster HR Tech", 110, WeeklyShape.Office, HourProfile.Office, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.Staged, InstallPolicy.NextRestart, 0.85, 0.05, "1.9.14", "1.9.16", 0, 0.003, false, false, true, 8, 3, 47, 20),
        new("com.medibook.clinic", "mb", "MediBook Health", 50, WeeklyShape.Office, HourProfile.Office, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.ReleaseManager, InstallPolicy.Prompt, 0.7, 0, "1.9.14", "1.9.16", 0, 0.002, false, false, false, 2, 6, 55, 24),
        new("in.citypolice.eseva", "cp", "City Police e-Seva Cell", 35, WeeklyShape.Flat, HourProfile.Daytime, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.FullChain, InstallPolicy.NextRestart, 0.9, 0.02, "1.9.14", "1.9.16", 0, 0.003, true, false, false, 1, 8, 60, 28),
        new("com.templebells.darshan", "tb", "TempleBells Trust", 30, WeeklyShape.Sunday, HourProfile.Dawn, TelemetryFeed.Stream,
            ReleaseStyle.FullChain, InstallPolicy.NextRestart, 0.85, 0, "2.14.0", "2.18.1", 0, 0.004, true, false, false, 1, 3, 70, 30),
        new("com.stylebazaar.fashion", "sb", "StyleBazaar Retail", 110, WeeklyShape.Weekend, HourProfile.Evening, TelemetryFeed.Stream,
            ReleaseStyle.ManyHands, InstallPolicy.NextRestart, 0.8, 0, "8.3.1", "9.0.2", 0, 0.005, true, true, false, 3, 30, 35, 12, Optional: true),
        new("com.trucklog.fleet", "tl", "TruckLog Logistics", 65, WeeklyShape.Office, HourProfile.Daytime, TelemetryFeed.MonthlyCsv,
            ReleaseStyle.ReleaseManager, InstallPolicy.Prompt, 0.95, 0, "1.9.14", "1.9.16", 0, 0.003, false, false, false, 4, 1, 50, 21, Optional: true),
    ];
}
