namespace HotAudit.Bench.Scenarios;

/// <summary>The anomaly and control kinds every family uses, so the benchmark can tabulate them across families.</summary>
internal static class AnomalyKinds
{
    /// <summary>Publishes (operation log <c>publish</c>) of one app version in one day; strength = the count (2–6).</summary>
    public const string PublishBurst = "publish_burst";
    /// <summary>Rollbacks (<c>set_active</c> of an earlier patch, <c>deactivate</c>) in one day; strength = the count (2–4).</summary>
    public const string RollbackBurst = "rollback_burst";
    /// <summary>Distinct operators acting on one app version in one day; strength = the count.</summary>
    public const string OperatorBurst = "operator_burst";
    /// <summary>Share of applies that were background/silent and not user-initiated; strength = the share (0–1).</summary>
    public const string SilentBackground = "silent_background";
    /// <summary>Share of active devices with apply_failed/rollback/crash; strength = the share (0–1).</summary>
    public const string FailureSpike = "failure_spike";
    /// <summary>Share of update checks over http; strength = the share (0–1).</summary>
    public const string HttpDowngrade = "http_downgrade";
    /// <summary>apply_success per active device; strength = applies per device on that day.</summary>
    public const string ApplyRateSpike = "apply_rate_spike";
    /// <summary>Share of applies between 00:00 and 06:00 local time; strength = the share (0–1).</summary>
    public const string NightApplies = "night_applies";
    /// <summary>Share of verify_failed among verifications; strength = the share (0–1).</summary>
    public const string VerifyFailedSpike = "verify_failed_spike";

    /// <summary>Every anomaly kind.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        PublishBurst, RollbackBurst, OperatorBurst, SilentBackground, FailureSpike, HttpDowngrade, ApplyRateSpike,
        NightApplies, VerifyFailedSpike,
    ];

    /// <summary>A big legitimate release day: a new patch published through the full chain, applied by many devices.</summary>
    public const string ReleaseDay = "release_day";
    /// <summary>The first days of a new app version (few devices, legitimately busy).</summary>
    public const string NewVersionFirstDays = "new_version_first_days";
    /// <summary>A holiday: far less traffic than usual.</summary>
    public const string Holiday = "holiday";
    /// <summary>The busy day of a weekly seasonal pattern.</summary>
    public const string WeeklyPeak = "weekly_peak";

    /// <summary>Every negative-control kind.</summary>
    public static readonly IReadOnlyList<string> Controls = [ReleaseDay, NewVersionFirstDays, Holiday, WeeklyPeak];

    /// <summary>The unit of a kind's strength, for the detection-limit table.</summary>
    public static string Unit(string kind) => kind switch
    {
        PublishBurst or RollbackBurst or OperatorBurst => "count",
        ApplyRateSpike => "per device",
        _ => "share",
    };
}
