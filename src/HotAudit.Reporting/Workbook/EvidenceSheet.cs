using HotAudit.Core.Findings;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// 证据 Evidence: the rows behind each finding with file and line, so a finding can be checked against the raw data.
/// The evidence fields get one column per field name, in the order the names first appear.
/// </summary>
internal static class EvidenceSheet
{
    private const int FixedColumns = 6;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var names = FieldNames(ctx.Result.Findings);
        var column = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + FixedColumns + 1, StringComparer.Ordinal);
        w.Header([
            ctx.L("发现编号", "Finding id"), ctx.L("规则", "Rule"), ctx.L("对象", "Subject"), ctx.L("文件", "File"),
            ctx.L("行", "Line"), ctx.L("时间", "Time") + " (UTC" + Names.Of(ctx.Offset) + ")",
            .. names.Select(n => ctx.L("字段", "field") + ": " + n)]);
        foreach (var f in ctx.Result.Findings)
        {
            foreach (var e in f.Evidence)
            {
                var row = w.Values(f.Id, f.Rule.Id, SheetContext.Subject(f), e.File, e.Line, LocalTime.OfOptional(e.Ts, ctx.Offset));
                foreach (var (key, value) in e.Fields)
                {
                    Cells.Put(row.Cell(column[key]), value);
                }
            }
        }
        w.Sheet.FrozenRows = 1;
        w.Widths([18, 12, 40, 24, 8, 20, .. names.Select(_ => 18d)]);
    }

    private static List<string> FieldNames(IEnumerable<Finding> findings)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in findings.SelectMany(f => f.Evidence).SelectMany(e => e.Fields))
        {
            if (seen.Add(key))
            {
                names.Add(key);
            }
        }
        return names;
    }
}
