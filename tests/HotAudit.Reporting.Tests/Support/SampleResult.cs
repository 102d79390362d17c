using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>Builds <see cref="Some.Result"/>.</summary>
internal static class SampleResult
{
    public static AssessmentResult Build()
    {
        var sil = Some.Rule("HU-SIL-01", Basis.T, Severity.High, ["app_id", "app_version", "patch_id"], "HU 7.2 f");
        var tls = Some.Rule("HU-TLS-01", Basis.T, Severity.Medium, ["app_id", "app_version"], "HU 6 d");
        var gov = Some.Rule("HU-GOV-01", Basis.N, Severity.Low, ["operator", "action", "patch_id"], "HU 7.1 a");
        var silent = Some.Finding(sil, "com.example.shop", "3.2.1", "p-42") with
        {
            Count = 17,
            Evidence =
            [
                Some.Evidence(120, "2026-05-01T01:00:00Z", ("device_id", "dev-001"), ("event", "patch_apply")),
                Some.Evidence(121, "2026-05-01T01:00:05Z", ("device_id", "设备-002"), ("event", "patch_apply")),
            ],
            Note = "5 flagged devices were already active on the first day of data",
            NoteZh = "5 台被标记的设备在数据首日已经活跃",
            Change = Change.New,
        };
        var plain = Some.Finding(tls, "com.example.shop", null) with
        {
            Count = 2,
            Evidence = [Some.Evidence(300, "2026-05-03T08:00:00Z", ("transport", "http"), ("tls_version", ""))],
            Waiver = new AppliedWaiver("legacy CDN until June", "张三", new DateTimeOffset(2026, 6, 30, 23, 59, 59, Some.Offset)),
            Change = Change.Unchanged,
        };
        var outOfScope = Some.Finding(gov, "op-9", "publish", "p-42") with { InScope = false, Count = 1, Change = Change.New };
        return new AssessmentResult
        {
            Case = Some.Case(),
            Overall = "incomplete",
            TesterCodeDecision = new TesterCodeDecision("B0", "B0", []),
            Clauses = Clauses(silent, plain, outOfScope),
            Findings = [silent, plain, outOfScope],
            Resolved = [Some.Finding(sil, "com.example.old", "1.0", "p-1")],
            HasBaseline = true,
            DataQuality = Some.Quality(),
            Packs = [new RulePack("hu-core", "1.2.0", "core rules", "rules/hu-core.yaml", new string('d', 64), [sil, tls, gov])],
            Parameters = new Dictionary<string, string> { ["HU-SIL-01.window"] = "24h", ["HU-FRQ-01.max"] = "3" },
            RulesNotJudged = new Dictionary<string, LocalizedText> { ["HU-SIG-01"] = new("没有补丁清单", "no patches manifest"), ["HU-EXT-01"] = new("没有 tenants 数据行", "no tenants rows") },
            Notices = [RunMessages.WaiverUnmatched.Format(2, "waivers.yaml:7", "HU-SIL-01")],
            ToolVersion = "0.1.0",
            CommandLine = "hotaudit assess cases/7 --scenario external",
            CreatedAt = new DateTimeOffset(2026, 5, 9, 10, 0, 0, TimeSpan.Zero),
            Traceability = SampleTraces.Build(),
        };
    }

    private static IReadOnlyList<ClauseResult> Clauses(Finding silent, Finding plain, Finding outOfScope) =>
    [
        new(Some.Clause("HU 6 a", "不利用系统漏洞实现热更新", "No hot update through system vulnerabilities", Strength.Shall, manual: true),
            Verdict.Conformant, [], [], [], "attested", new Attestation("HU 6 a", Verdict.Conformant, "design review 2026-04", "李四", "2026-04-20")),
        new(Some.Clause("HU 6 c", "以SDK提供时符合GB/T 43435-2023第5章", "As an SDK, meet GB/T 43435-2023 chapter 5", Strength.Shall, manual: true),
            Verdict.Manual, [], [], [], "needs an attestation", null) { ReasonZh = "需要核查声明" },
        new(Some.Clause("HU 6 d", "使用安全传输协议", "Secure transport protocol", Strength.Should),
            Verdict.Conformant, [plain], [], ["HU-TLS-01"], "only waived findings", null) { ReasonZh = "只有已豁免的发现" },
        new(Some.Clause("HU 7.1 a", "权限控制与审批流程", "Permission control and approval", Strength.Shall),
            Verdict.NotApplicable, [], [outOfScope], ["HU-GOV-01"], "internal scenario only", null) { ReasonZh = "仅适用于企业内部使用场景" },
        new(Some.Clause("HU 7.1 b", "记录每次使用并保存六个月", "Log every use, keep six months", Strength.Shall),
            Verdict.InsufficientEvidence, [], [], [], "operation log covers 7 days", null) { ReasonZh = "操作日志只覆盖 7 天" },
        new(Some.Clause("HU 7.2 f", "监测异常热更新行为", "Monitor abnormal hot-update behaviour", Strength.Should),
            Verdict.Observation, [silent], [], ["HU-SIL-01"], "1 finding of HU-SIL-01", null) { ReasonZh = "HU-SIL-01 的 1 项发现" },
    ];
}
