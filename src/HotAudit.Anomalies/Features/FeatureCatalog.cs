namespace HotAudit.Anomalies.Features;

/// <summary>The features of ANOMALY.md, in vector order.</summary>
internal static class FeatureCatalog
{
    public const string Publishes = "publishes";
    public const string AppliesPerApplyingDevice = "applies_per_applying_device";

    public static IReadOnlyList<FeatureDefinition> All { get; } =
    [
        new(Publishes, FeatureKind.Count, "publishes", "发布次数", (_, o) => (o.Publishes, 0)),
        new("rollbacks", FeatureKind.Count, "rollbacks (set_active, deactivate)", "回滚次数 (set_active、deactivate)", (_, o) => (o.Rollbacks, 0)),
        new("operators", FeatureKind.Count, "distinct operators (any action)", "不同操作人数 (任何操作)", (_, o) => (o.Operators.Count, 0)),
        new("active_devices", FeatureKind.LogCount, "active devices", "活跃设备数", (t, _) => (t.ActiveDevices, 0), Scored: false),
        new("applies_per_device", FeatureKind.Rate, "applies per active device", "每台活跃设备的应用次数", (t, _) => (Ratio(t.Applies, t.ActiveDevices), t.ActiveDevices), Scored: false),
        new(AppliesPerApplyingDevice, FeatureKind.Rate, "applies per applying device", "每台应用设备的应用次数", (t, _) => (Ratio(t.Applies, t.ApplyingDevices), t.ApplyingDevices)),
        new("background_apply_share", FeatureKind.Share, "background applies", "后台应用占比", (t, _) => (Ratio(t.BackgroundApplies, t.Applies), t.ApplyingDevices)),
        new("verify_failed_share", FeatureKind.Share, "devices failing verification", "验证失败设备占比", (t, _) => (Ratio(t.VerifyFailedDevices, t.VerifyingDevices), t.VerifyingDevices)),
        new("failing_device_share", FeatureKind.Share, "devices with failures, rollbacks or crashes", "出现失败、回滚或崩溃的设备占比", (t, _) => (Ratio(t.FailingDevices, t.ActiveDevices), t.ActiveDevices)),
        new("http_check_share", FeatureKind.Share, "checks over http", "明文 HTTP 检查占比", (t, _) => (Ratio(t.HttpChecks, t.Checks), t.CheckingDevices)),
        new("patches_applied", FeatureKind.Count, "distinct patches applied", "应用的不同补丁数", (t, _) => (t.Patches.Count, 0)),
        new("night_apply_share", FeatureKind.Share, "applies at 00:00–06:00", "00:00–06:00 应用占比", (t, _) => (Ratio(t.NightApplies, t.Applies), t.ApplyingDevices)),
    ];

    /// <summary>Whether a feature needs a minimum device base (shares and per-device rates).</summary>
    public static bool NeedsBase(FeatureDefinition f) => f.Kind is FeatureKind.Share or FeatureKind.Rate;

    private static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
