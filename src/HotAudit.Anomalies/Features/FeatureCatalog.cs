namespace HotAudit.Anomalies.Features;

/// <summary>The features of ANOMALY.md, in vector order.</summary>
internal static class FeatureCatalog
{
    public const string Publishes = "publishes";
    public const string Rollbacks = "rollbacks";
    public const string RollbackFlaps = "rollback_flaps";
    public const string AppliesPerApplyingDevice = "applies_per_applying_device";

    /// <summary>
    /// The weight of the release actions' tests (publishes, rollbacks): the frequent updates clause 7.2 f names. Each may
    /// pass at eight times the threshold of any other test of the vector; the false-alarm rate still bounds them all together
    /// (<see cref="Scoring.VectorCut"/>). With the usual eight continuous tests, what the two spend at most is half of
    /// the rate, and a count spends only the tails it can take (a quiet version's ladder rarely holds a tail just under
    /// its threshold): in practice the other tests' cut rises by about 0.1–0.2 (−log10 p). Measured against 4 over the
    /// six scenario families (bench/QUALITY.md, eighth session): fewer false flags in three, recall up in three, one
    /// operator burst fewer in one.
    /// </summary>
    public const double ReleaseWeight = 8;

    public static IReadOnlyList<FeatureDefinition> All { get; } =
    [
        new(Publishes, FeatureKind.Count, "publishes", "发布次数", d => (d.Operations.Publishes, 0), FromOperations: true, Hurdle: true, Weight: ReleaseWeight),
        new(Rollbacks, FeatureKind.Count, "rollbacks (set_active, deactivate)", "回滚次数 (set_active、deactivate)", d => (d.Operations.Rollbacks, 0), FromOperations: true, Hurdle: true, Weight: ReleaseWeight),
        new("unapproved_publishes", FeatureKind.ProcessShare, "publishes without an approval before them", "发布前未获审批通过的发布次数",
            d => (d.Operations.Publishes > 0 ? d.Operations.Unapproved : null, d.Operations.Publishes), FromOperations: true, Given: Publishes),
        new(RollbackFlaps, FeatureKind.ProcessShare, "rollbacks undoing an earlier rollback of the day (a patch switched back and forth)", "撤销当日先前回滚的回滚次数 (补丁来回切换)",
            d => (d.Operations.Rollbacks > 1 ? d.Operations.Flaps : null, Math.Max(0, d.Operations.Rollbacks - 1)), FromOperations: true, Weight: ReleaseWeight, Given: Rollbacks),
        new("operators", FeatureKind.Count, "distinct operators (any action)", "不同操作人数 (任何操作)", d => (d.Operations.Operators.Count, 0), FromOperations: true, Judged: DayKind.ReleaseDay),
        new("unfamiliar_operators", FeatureKind.Count, "operators new to the app (no earlier operation on it in the log)", "首次操作该应用的操作人员 (日志中此前未操作过该应用)",
            d => (d.Operations.Baseline ? d.Operations.Unfamiliar.Count : null, 0), FromOperations: true, LeadDays: OperationTally.MinBaseline),
        new("active_devices", FeatureKind.LogCount, "active devices", "活跃设备数", d => (d.Telemetry.ActiveDevices, 0), Scored: false),
        new("applies_per_device", FeatureKind.Rate, "applies per active device", "每台活跃设备的应用次数", d => (Ratio(d.Telemetry.Applies, d.Telemetry.ActiveDevices), d.Telemetry.ActiveDevices), Scored: false),
        new("apply_change", FeatureKind.Change, "applies per active device against the day before (no release either day)", "每台活跃设备应用次数与前一日之比 (两日均无发布)",
            ApplyChange.Of),
        new(AppliesPerApplyingDevice, FeatureKind.Rate, "applies per applying device", "每台应用设备的应用次数", d => (Ratio(d.Telemetry.Applies, d.Telemetry.ApplyingDevices), d.Telemetry.ApplyingDevices), Judged: DayKind.Rollout),
        new("repeat_applies", FeatureKind.Count, "applies of the patch the device was already running (the same update again)", "重复应用设备正在运行的补丁的次数 (同一更新再次应用)",
            d => (d.Telemetry.RepeatApplies, 0)),
        new("background_apply_share", FeatureKind.Share, "background applies", "后台应用占比", d => (Ratio(d.Telemetry.BackgroundApplies, d.Telemetry.Applies), d.Telemetry.ApplyingDevices), Judged: DayKind.Rollout),
        new("verify_failed_share", FeatureKind.Share, "devices failing verification", "验证失败设备占比", d => (Ratio(d.Telemetry.VerifyFailedDevices, d.Telemetry.VerifyingDevices), d.Telemetry.VerifyingDevices)),
        new("failing_device_share", FeatureKind.Share, "devices with a patch that had failures, crashes or rollbacks the server had not ordered", "有补丁的设备中出现失败、崩溃或非服务端指令回滚的占比",
            d => (Ratio(d.Telemetry.FailingDevices, d.Telemetry.PatchedDevices), d.Telemetry.PatchedDevices), Judged: DayKind.Rollout),
        new("http_check_share", FeatureKind.Share, "checks over http", "明文 HTTP 检查占比", d => (Ratio(d.Telemetry.HttpChecks, d.Telemetry.Checks), d.Telemetry.CheckingDevices)),
        new("patches_applied", FeatureKind.Count, "distinct patches applied", "应用的不同补丁数", d => (d.Telemetry.Patches.Count, 0), Judged: DayKind.Rollout),
        new("night_apply_share", FeatureKind.Share, "applies at 00:00–06:00", "00:00–06:00 应用占比", d => (Ratio(d.Telemetry.NightApplies, d.Telemetry.Applies), d.Telemetry.ApplyingDevices), Judged: DayKind.Rollout),
    ];

    /// <summary>Whether the operation log had a row for the vector's day (every row has an operator, if only an empty one).</summary>
    public static bool OperationsSeen(DailyVector v) => v.Values[OperatorsIndex] > 0;

    /// <summary>Whether telemetry had a device on the vector's day.</summary>
    public static bool TelemetrySeen(DailyVector v) => v.Values[ActiveDevicesIndex] > 0;

    /// <summary>Whether the vector's day saw a publish or a rollback on its version.</summary>
    public static bool IsReleaseDay(DailyVector v) => v.Values[PublishesIndex] > 0 || v.Values[RollbacksIndex] > 0;

    private static readonly int PublishesIndex = IndexOf(Publishes);
    private static readonly int RollbacksIndex = IndexOf(Rollbacks);
    private static readonly int OperatorsIndex = IndexOf("operators");
    private static readonly int ActiveDevicesIndex = IndexOf("active_devices");

    /// <summary>The index of the feature named <paramref name="name"/> in the vector.</summary>
    public static int IndexOf(string name) => All.Select((f, i) => (f, i)).Single(x => x.f.Name == name).i;

    /// <summary>Whether a feature needs a minimum device base (shares and per-device rates).</summary>
    public static bool NeedsBase(FeatureDefinition f) => f.Kind is FeatureKind.Share or FeatureKind.Rate;

    private static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
