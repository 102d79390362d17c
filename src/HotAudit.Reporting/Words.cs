using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Monitoring;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>
/// What a reader sees for the model's identifiers, in Chinese and English (the workbook and report.html; findings.json
/// keeps the identifiers of <see cref="Names"/>). The standards' own terms: 应/宜 for shall/should (GB/T 1.1), 企业内部使用
/// and 外部提供 for the two scenarios of the hot-update standard.
/// </summary>
internal static class Words
{
    public static LocalizedText Of(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => new("符合", "conformant"),
        Verdict.Nonconformant => new("不符合", "nonconformant"),
        Verdict.Observation => new("观察项", "observation"),
        Verdict.InsufficientEvidence => new("证据不足", "insufficient evidence"),
        Verdict.Manual => new("待人工核查", "manual check"),
        _ => new("不适用", "not applicable"),
    };

    /// <summary>The overall verdict identifiers of <see cref="AssessmentResult.Overall"/>.</summary>
    public static LocalizedText Overall(string overall) => overall switch
    {
        "nonconformant" => new("不符合", "nonconformant"),
        "incomplete" => new("评估未完成", "incomplete"),
        "conformant_with_observations" => new("符合 (有观察项)", "conformant with observations"),
        "conformant" => new("符合", "conformant"),
        _ => new(overall, overall),
    };

    public static LocalizedText Of(Severity severity) => severity switch
    {
        Severity.Critical => new("严重", "critical"),
        Severity.High => new("高", "high"),
        Severity.Medium => new("中", "medium"),
        Severity.Low => new("低", "low"),
        _ => new("提示", "info"),
    };

    public static LocalizedText Of(Strength strength) => strength == Strength.Shall ? new("应", "shall") : new("宜", "should");

    public static LocalizedText Of(Scenario scenario) =>
        scenario == Scenario.Internal ? new("企业内部使用", "internal use") : new("外部提供", "provided to third parties");

    public static LocalizedText Of(Basis basis) => basis == Basis.T ? new("标准 (T)", "standard (T)") : new("内部实践 (N)", "internal practice (N)");

    public static LocalizedText Of(Change change) => change switch
    {
        Change.New => new("新增", "new"),
        Change.Unchanged => new("未变", "unchanged"),
        _ => new("已解决", "resolved"),
    };

    /// <summary>The anomaly monitor's feature names (ChartData.Features and the Anomalies sheet's columns).</summary>
    public static LocalizedText Feature(string name) => name switch
    {
        "publishes" => new("发布次数", "publishes"),
        "background_apply_share" => new("后台应用占比", "share applied in background"),
        "failing_device_share" => new("失败设备占比", "share of failing devices"),
        "http_check_share" => new("明文 HTTP 检查占比", "share of checks over plain HTTP"),
        "rollbacks" => new("回滚次数", "rollbacks"),
        "rollback_flaps" => new("撤销当日先前回滚的回滚次数", "rollbacks undoing an earlier one that day"),
        "operators" => new("不同操作人数", "distinct operators"),
        "unfamiliar_operators" => new("首次操作该应用的人数", "operators new to the app"),
        "unapproved_publishes" => new("未经审批的发布次数", "publishes without an approval"),
        "active_devices" => new("活跃设备数", "active devices"),
        "applies_per_device" => new("每台活跃设备的应用次数", "applies per active device"),
        "apply_change" => new("每台活跃设备应用次数与前一日之比", "applies per active device against the day before"),
        "applies_per_applying_device" => new("每台应用设备的应用次数", "applies per applying device"),
        "repeat_applies" => new("重复应用正在运行的补丁次数", "applies of the patch already running"),
        "verify_failed_share" => new("验证失败设备占比", "share of devices failing verification"),
        "patches_applied" => new("应用的不同补丁数", "distinct patches applied"),
        "night_apply_share" => new("00:00–06:00 应用占比", "share applied 00:00–06:00"),
        _ => new(name.Replace('_', ' '), name.Replace('_', ' ')),
    };

    /// <summary>The monitor's explanation of a scored day: its Chinese text for zh-CN (the English where it has none).</summary>
    public static LocalizedText Explanation(ScoredVector v) =>
        new(v.ExplanationZh.Length > 0 ? v.ExplanationZh : v.Explanation, v.Explanation);
}
