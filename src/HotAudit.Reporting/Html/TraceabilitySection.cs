using HotAudit.Core.Traceability;

namespace HotAudit.Reporting.Html;

/// <summary>One row per patch: who uploaded, reviewed, approved and published it and when, devices, and the gaps.</summary>
internal static class TraceabilitySection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        p.Open("section", "traceability").Element("h2", ctx.L("追溯", "Traceability"));
        p.Table(
            "traces",
            [ctx.L("应用", "App"), ctx.L("应用版本", "App version"), ctx.L("补丁", "Patch"), ctx.L("上传", "Uploaded"),
                ctx.L("审核", "Reviewed"), ctx.L("批准", "Approved"), ctx.L("发布", "Published"), ctx.L("下载设备数", "Devices downloaded"),
                ctx.L("应用设备数", "Devices applied"), ctx.L("未生效时应用", "Applied while inactive"), ctx.L("缺口", "Gaps")],
            ctx.Result.Traceability.Select(t => (IReadOnlyList<object?>)[
                t.AppId, t.AppVersion, t.PatchId, Who(t.Upload, ctx), Who(t.Review, ctx), Who(t.Approval, ctx), Who(t.Publish, ctx),
                t.Downloaded.Devices, t.Applied.Devices, t.AppliedWhileInactive.Devices, Gaps(t, ctx)]),
            (i, v) => i == 10 ? (v is "" or null ? "complete" : "gap") : null);
        p.Close("section");
    }

    private static string? Who(TraceStep? step, HtmlContext ctx) => step is null ? null : $"{step.Operator} {ctx.Iso(step.Ts)}";

    private static string Gaps(PatchTrace t, HtmlContext ctx) =>
        string.Join("; ", t.Gaps.Select(g => ctx.Zh ? TraceGapText.Words(g).Both : $"{TraceGapText.Words(g).En} / {TraceGapText.Words(g).Zh}"));
}
