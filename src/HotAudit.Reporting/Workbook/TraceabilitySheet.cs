using HotAudit.Core.Traceability;

namespace HotAudit.Reporting.Workbook;

/// <summary>追溯 Traceability: one row per patch — uploaded, reviewed, approved, published (who and when), active window, devices, gaps (coloured).</summary>
internal static class TraceabilitySheet
{
    private const int GapsColumn = 24;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var tz = " (UTC" + Names.Of(ctx.Offset) + ")";
        w.Header(
            ctx.L("应用", "App"), ctx.L("应用版本", "App version"), ctx.L("补丁", "Patch"),
            ctx.L("上传人", "Uploaded by"), ctx.L("上传时间", "Uploaded at") + tz,
            ctx.L("审核人", "Reviewed by"), ctx.L("审核时间", "Reviewed at") + tz, ctx.L("审核结果", "Review result"),
            ctx.L("批准人", "Approved by"), ctx.L("批准时间", "Approved at") + tz, ctx.L("审批单号", "Approval id"),
            ctx.L("发布人", "Published by"), ctx.L("发布时间", "Published at") + tz, ctx.L("下发方式", "Distribution"),
            ctx.L("生效期", "Active window(s)"),
            ctx.L("下载设备数", "Devices downloaded"), ctx.L("首次下载", "First download") + tz, ctx.L("最后下载", "Last download") + tz,
            ctx.L("应用设备数", "Devices applied"), ctx.L("首次应用", "First apply") + tz, ctx.L("最后应用", "Last apply") + tz,
            ctx.L("未生效时应用的设备数", "Devices applied while inactive"), ctx.L("链条完整", "Chain complete"), ctx.L("缺口", "Gaps"));
        foreach (var t in ctx.Result.Traceability)
        {
            var row = w.Values([
                t.AppId, t.AppVersion, t.PatchId,
                .. Who(t.Upload, ctx), .. Who(t.Review, ctx), t.Review?.Result,
                .. Who(t.Approval, ctx), t.Approval?.ApprovalId ?? t.Publish?.ApprovalId,
                .. Who(t.Publish, ctx), t.Publish?.Distribution,
                Windows(t.ActiveWindows, ctx),
                .. Tally(t.Downloaded, ctx), .. Tally(t.Applied, ctx), t.AppliedWhileInactive.Devices,
                ctx.YesNo(t.Complete), Gaps(t, ctx)]);
            Palette.Fill(row.Cell(GapsColumn), t.Complete ? Palette.Complete : Palette.Gap);
        }
        if (ctx.Result.Traceability.Count == 0)
        {
            w.Values(ctx.L("案例中没有补丁 (操作日志、补丁清单或遥测)", "no patch in the case (operation log, manifests or telemetry)"));
        }
        w.Sheet.FrozenRows = 1;
        w.Widths(16, 10, 28, 12, 20, 12, 20, 10, 12, 20, 24, 12, 20, 12, 44, 10, 20, 20, 10, 20, 20, 10, 10, 48);
    }

    private static object?[] Who(TraceStep? step, SheetContext ctx) =>
        step is null ? [null, null] : [step.Operator, LocalTime.Of(step.Ts, ctx.Offset)];

    private static object?[] Tally(DeviceTally t, SheetContext ctx) =>
        [t.Devices, LocalTime.OfOptional(t.First, ctx.Offset), LocalTime.OfOptional(t.Last, ctx.Offset)];

    private static string Windows(IReadOnlyList<ActiveWindow> windows, SheetContext ctx) =>
        string.Join("; ", windows.Select(w => $"{ctx.Iso(w.From)} .. {(w.Until is { } u ? ctx.Iso(u) : ctx.L("至今", "still active"))}"));

    private static string Gaps(PatchTrace t, SheetContext ctx) =>
        string.Join("; ", t.Gaps.Select(g => ctx.Zh ? TraceGapText.Words(g).Both : $"{TraceGapText.Words(g).En} / {TraceGapText.Words(g).Zh}"));
}
