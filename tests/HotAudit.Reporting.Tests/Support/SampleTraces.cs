using HotAudit.Core.Traceability;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>Two patch chains for the sample result: one complete, one without a security review and applied while inactive.</summary>
internal static class SampleTraces
{
    public static IReadOnlyList<PatchTrace> Build()
    {
        TraceStep Step(string action, string who, string ts, int line, string? result = null, string? approval = null, string? distribution = null) =>
            new(action, who, Some.Utc(ts), result, approval, distribution, "operations.jsonl", line);
        var complete = new PatchTrace
        {
            AppId = "com.example.shop", AppVersion = "5.2.0", PatchId = "p-7",
            Upload = Step("patch_upload", "dev1", "2026-05-01T08:00:00+08:00", 2),
            Review = Step("security_review", "sec1", "2026-05-01T09:00:00+08:00", 3, "pass"),
            Approval = Step("approve", "lead1", "2026-05-01T10:00:00+08:00", 4, "approved", "AP-7"),
            Publish = Step("publish", "rel1", "2026-05-01T11:00:00+08:00", 5, approval: "AP-7", distribution: "full"),
            ActiveWindows = [new ActiveWindow(Some.Utc("2026-05-01T11:00:00+08:00"), null)],
            Downloaded = new DeviceTally(12, Some.Utc("2026-05-01T11:05:00+08:00"), Some.Utc("2026-05-03T20:00:00+08:00")),
            Applied = new DeviceTally(11, Some.Utc("2026-05-01T11:06:00+08:00"), Some.Utc("2026-05-03T20:01:00+08:00")),
        };
        var broken = new PatchTrace
        {
            AppId = "com.example.shop", AppVersion = "5.2.0", PatchId = "=HYPERLINK(\"x\")",
            Upload = Step("patch_upload", "dev1", "2026-05-02T08:00:00+08:00", 6),
            Approval = Step("approve", "lead1", "2026-05-02T10:00:00+08:00", 7, "approved", "AP-8"),
            Publish = Step("publish", "rel1", "2026-05-02T11:00:00+08:00", 8, approval: "AP-8", distribution: "conditional"),
            ActiveWindows = [new ActiveWindow(Some.Utc("2026-05-02T11:00:00+08:00"), Some.Utc("2026-05-03T11:00:00+08:00"))],
            Applied = new DeviceTally(2, Some.Utc("2026-05-04T09:00:00+08:00"), Some.Utc("2026-05-04T10:00:00+08:00")),
            AppliedWhileInactive = new DeviceTally(2, Some.Utc("2026-05-04T09:00:00+08:00"), Some.Utc("2026-05-04T10:00:00+08:00")),
            Gaps = [TraceGap.NoReview, TraceGap.AppliedWhileInactive],
        };
        return [complete, broken];
    }
}
