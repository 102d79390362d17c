using HotAudit.Core.Clauses;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// 人工核查 Manual checks: clauses left to an attestation. Decided ones show what was attested; undecided ones
/// (verdict manual) have tinted empty cells for the evaluator to fill in.
/// </summary>
internal static class ManualChecksSheet
{
    public static void Fill(RowWriter w, SheetContext ctx)
    {
        w.Header(
            ctx.L("条款", "Clause"), ctx.L("标题", "Title"), ctx.L("结论", "Verdict"), ctx.L("核查状态", "Status"),
            ctx.L("证据", "Evidence"), ctx.L("核查人", "Assessor"), ctx.L("日期", "Date"));
        foreach (var c in ctx.Result.Clauses.Where(c => c.Verdict == Verdict.Manual || c.Attestation is not null))
        {
            var a = c.Attestation;
            var row = w.Values(
                c.Clause.Id, ctx.Title(c.Clause.Title), ctx.W(Words.Of(c.Verdict)), a is null ? null : ctx.W(Words.Of(a.Status)), a?.Evidence, a?.Assessor, a?.Date);
            Palette.Fill(row.Cell(3), Palette.Of(c.Verdict));
            if (a is null)
            {
                foreach (var cell in w.Sheet.Range(row.Number, 4, row.Number, 7))
                {
                    Palette.Fill(cell, Palette.ToFill);
                }
            }
        }
        w.Sheet.FrozenRows = 1;
        w.Widths(12, 40, 22, 16, 50, 16, 14);
    }
}
