using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Workbook;

/// <summary>条款 Clauses: one row per clause with its verdict, findings by severity, rules and reason.</summary>
internal static class ClausesSheet
{
    private static readonly Severity[] Severities = [.. Enum.GetValues<Severity>().Reverse()];

    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var header = new List<string>
        {
            ctx.L("条款", "Clause"), "标题 (中文)", "Title (English)", ctx.L("强度", "Strength"), ctx.L("结论", "Verdict"),
        };
        header.AddRange(Severities.Select(s => ctx.W(Words.Of(s))));
        header.AddRange([ctx.L("观察项 (N)", "Observations (N)"), ctx.L("规则", "Rules"), ctx.L("理由", "Reason")]);
        w.Header([.. header]);
        foreach (var c in ctx.Result.Clauses)
        {
            WriteClause(w, ctx, c);
        }
        w.Sheet.FrozenRows = 1;
        w.Widths([9, 20, 26, 8, 12, .. Severities.Select(_ => 7d), 10, 20, 44]);
    }

    private static void WriteClause(RowWriter w, SheetContext ctx, ClauseResult c)
    {
        var values = new List<object?>
        {
            c.Clause.Id, c.Clause.Title.Zh, c.Clause.Title.En, ctx.W(Words.Of(c.Clause.Strength)), ctx.W(Words.Of(c.Verdict)),
        };
        values.AddRange(Severities.Select(s => (object?)c.Findings.Count(f => f.Rule.Severity == s)));
        values.AddRange([c.Observations.Count, string.Join(", ", c.Rules), ctx.W(c.ReasonText)]);
        var row = w.Values([.. values]);
        Palette.Fill(row.Cell(5), Palette.Of(c.Verdict));
        if (ctx.FindingRow(c.Findings.Concat(c.Observations)) is { } target)
        {
            row.Cell(1).LinkTo(SheetNames.Findings, target, 1);
        }
    }
}
