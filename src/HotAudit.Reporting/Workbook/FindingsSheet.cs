using HotAudit.Core.Findings;

namespace HotAudit.Reporting.Workbook;

/// <summary>发现 Findings: one row per finding, filters on, header frozen, severity coloured.</summary>
internal static class FindingsSheet
{
    private const int SeverityColumn = 7;

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var tz = " (UTC" + Names.Of(ctx.Offset) + ")";
        w.Header(
            ctx.L("编号", "Id"), ctx.L("规则", "Rule"), ctx.L("标题", "Title"), ctx.L("条款", "Clauses"), ctx.L("依据", "Basis"),
            ctx.L("范围内", "In scope"), ctx.L("严重度", "Severity"), ctx.L("对象", "Subject"), ctx.L("计数", "Count"), ctx.L("计算", "Computation"),
            ctx.L("首次出现", "First seen") + tz, ctx.L("最后出现", "Last seen") + tz, ctx.L("整改建议", "Remediation"),
            ctx.L("豁免", "Waiver"), ctx.L("变化", "Change"), ctx.L("备注", "Note"));
        foreach (var f in ctx.Result.Findings)
        {
            var row = w.Values(
                f.Id, f.Rule.Id, ctx.Title(f.Rule.Title), string.Join(", ", f.Rule.Clauses), ctx.W(Words.Of(f.Rule.Basis)),
                ctx.YesNo(f.InScope), ctx.W(Words.Of(f.Rule.Severity)), SheetContext.Subject(f), f.Count,
                ComputationText.Of(f) is { } computed ? ctx.W(computed) : null,
                LocalTime.OfOptional(f.FirstSeen, ctx.Offset), LocalTime.OfOptional(f.LastSeen, ctx.Offset), ctx.W(f.Rule.RemediationText),
                Waiver(ctx, f.Waiver), f.Change is { } c ? ctx.W(Words.Of(c)) : null, f.NoteText is { } note ? ctx.W(note) : null);
            Palette.Fill(row.Cell(SeverityColumn), Palette.Of(f.Rule.Severity));
        }
        var last = Math.Max(w.Row - 1, 1);
        w.Sheet.AutoFilter = (1, 1, last, 16);
        w.Sheet.FrozenRows = 1;
        w.Widths(17, 10, 24, 10, 9, 8, 8, 28, 7, 22, 18, 18, 34, 18, 8, 20);
    }

    private static string? Waiver(SheetContext ctx, AppliedWaiver? waiver) => waiver is null
        ? null
        : $"{waiver.Justification}; {ctx.L("批准人", "approved by")}: {waiver.ApprovedBy ?? "-"}; " +
          $"{ctx.L("到期", "expires")}: {ctx.Iso(waiver.Expires.UtcTicks)}";
}
