namespace HotAudit.Reporting.Workbook;

/// <summary>异常 Anomalies: present in the layout, and saying plainly that this version does not assess it.</summary>
internal static class NotAssessedSheet
{
    public static void Anomalies(RowWriter w, SheetContext ctx) => Fill(
        w,
        ctx,
        "本版本未评估异常监测 (机器学习模型对 应用、版本、日 的评分)。",
        "The anomaly monitor (ML scoring of app, version and day) is not assessed in this version.");

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
