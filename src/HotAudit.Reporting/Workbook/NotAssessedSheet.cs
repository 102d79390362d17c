namespace HotAudit.Reporting.Workbook;

/// <summary>异常 Anomalies and 追溯 Traceability: present in the layout, and saying plainly that this version does not assess them.</summary>
internal static class NotAssessedSheet
{
    public static void Anomalies(RowWriter w, SheetContext ctx) => Fill(
        w,
        ctx,
        "本版本未评估异常监测 (机器学习模型对 应用、版本、日 的评分)。",
        "The anomaly monitor (ML scoring of app, version and day) is not assessed in this version.");

    public static void Traceability(RowWriter w, SheetContext ctx) => Fill(
        w,
        ctx,
        "本版本未评估追溯链 (上传 → 审核 → 批准 → 发布 → 设备)。",
        "The traceability chain (upload → review → approval → publish → devices) is not assessed in this version.");

    private static void Fill(RowWriter w, SheetContext ctx, string zh, string en)
    {
        if (ctx.Zh)
        {
            w.Values(zh);
            w.Values(en);
        }
        else
        {
            w.Values(en);
            w.Values(zh);
        }
        w.Widths(100);
    }
}
