using HotAudit.Bench.Scenarios;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>A kind's measure on one vector, computed from rows read back (ANOMALY.md's features, written out again here).</summary>
internal static class ReadBackMeasure
{
    public static double Telemetry(IReadOnlyCollection<ReadTelemetryRow> rows, string kind)
    {
        var applies = rows.Where(r => r.Event == "apply_success").ToList();
        var verifies = rows.Count(r => r.Event is "verify_passed" or "verify_failed");
        var checks = rows.Where(r => r.Event == "update_check").ToList();
        var active = rows.Select(r => r.Device).Distinct().Count();
        return kind switch
        {
            AnomalyKinds.SilentBackground => Ratio(applies.Count(r => (r.AppState == "background" || r.InstallMode == "silent") && r.UserInitiated != true), applies.Count),
            AnomalyKinds.NightApplies => Ratio(applies.Count(r => r.Local.Hour < 6), applies.Count),
            AnomalyKinds.VerifyFailedSpike => Ratio(rows.Count(r => r.Event == "verify_failed"), verifies),
            AnomalyKinds.FailureSpike => Ratio(rows.Where(r => r.Event is "apply_failed" or "rollback" or "crash").Select(r => r.Device).Distinct().Count(), active),
            AnomalyKinds.HttpDowngrade => Ratio(checks.Count(r => r.Transport == "http"), checks.Count),
            _ => Ratio(applies.Count, active),
        };
    }

    public static double Operations(IReadOnlyCollection<ReadOperationRow> rows, string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => rows.Count(r => r.Action == "publish"),
        AnomalyKinds.RollbackBurst => rows.Count(r => r.Action is "set_active" or "deactivate"),
        _ => rows.Select(r => r.Operator).Distinct(StringComparer.Ordinal).Count(),
    };

    public static string Key(string app, string? version, DateTimeOffset local) => $"{app}|{version}|{DateOnly.FromDateTime(local.DateTime):yyyy-MM-dd}";

    private static double Ratio(int a, int b) => b == 0 ? 0 : Math.Round((double)a / b, 4);
}
