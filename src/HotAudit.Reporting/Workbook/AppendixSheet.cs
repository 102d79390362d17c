namespace HotAudit.Reporting.Workbook;

/// <summary>附录 Appendix: tool, command line, packs, parameters, input files with hashes, notices, time of creation.</summary>
internal static class AppendixSheet
{
    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var r = ctx.Result;
        w.Values(ctx.L("工具版本", "Tool version"), "hotaudit " + r.ToolVersion);
        w.Values(ctx.L("命令行", "Command line"), r.CommandLine);
        w.Values(ctx.L("报告生成时间", "Report created at"), ctx.Iso(r.CreatedAt.UtcTicks));
        w.Values(ctx.L("每项发现的证据上限", "Evidence rows per finding"), r.EvidenceCap);
        w.Blank();
        w.Section(ctx.L("规则包", "Rule packs"));
        w.Header(ctx.L("名称", "Name"), ctx.L("版本", "Version"), ctx.L("文件", "File"), "SHA-256");
        foreach (var p in r.Packs)
        {
            w.Values(p.Name, p.Version, p.File, p.Sha256);
        }
        w.Blank();
        w.Section(ctx.L("生效参数", "Parameters in effect"));
        w.Header(ctx.L("参数", "Parameter"), ctx.L("值", "Value"));
        foreach (var (name, value) in r.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Values(name, value);
        }
        w.Blank();
        w.Section(ctx.L("输入文件", "Input files"));
        w.Header(ctx.L("文件", "File"), "SHA-256");
        foreach (var f in r.DataQuality.Files)
        {
            w.Values(f.Name, f.Sha256);
        }
        w.Blank();
        w.Section(ctx.L("运行提示", "Notices"));
        w.Header(ctx.L("提示", "Notice"));
        foreach (var n in r.Notices)
        {
            w.Values(ctx.M(n));
        }
        w.Widths(34, 60, 30, 70);
    }
}
