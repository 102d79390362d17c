using HotAudit.Core.Findings;

namespace HotAudit.Reporting.Html;

/// <summary>
/// Findings grouped by rule: the rule's title, clauses, severity and remediation once, then its findings as one table
/// (subject, count, computation, times, waiver, change, note) and the evidence rows behind them (file, line, fields).
/// </summary>
internal static class FindingsSection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        var findings = ctx.Result.Findings;
        p.Open("section", "findings").Element("h2", ctx.L("发现", "Findings") + $" ({findings.Count})");
        if (findings.Count == 0)
        {
            p.Element("p", ctx.L("无发现", "no findings"));
        }
        var number = 0;
        foreach (var rule in findings.GroupBy(f => f.Rule.Id, StringComparer.Ordinal))
        {
            Write(p, ctx, [.. rule], ++number);
        }
        p.Close("section");
    }

    private static void Write(HtmlPage p, HtmlContext ctx, List<Finding> findings, int number)
    {
        var rule = findings[0].Rule;
        p.Open("article", "rule-" + number, "finding s-" + Names.Of(rule.Severity));
        p.Element("h3", $"{rule.Id} [{ctx.W(Words.Of(rule.Severity))}] {ctx.Title(rule.Title)} ({findings.Count})");
        p.Pairs("facts", [
            (ctx.L("条款", "Clauses"), string.Join(", ", rule.Clauses)),
            (ctx.L("依据", "Basis"), ctx.W(Words.Of(rule.Basis))),
            (ctx.L("整改建议", "Remediation"), ctx.W(rule.RemediationText)),
        ]);
        p.Table(
            "findings-" + number,
            [ctx.L("对象", "Subject"), ctx.L("计数", "Count"), ctx.L("计算", "Computation"), ctx.L("首次出现", "First seen") + ctx.Tz,
                ctx.L("最后出现", "Last seen") + ctx.Tz, ctx.L("范围内", "In scope"), ctx.L("豁免", "Waiver"), ctx.L("变化", "Change"),
                ctx.L("备注", "Note"), ctx.L("编号", "Id")],
            findings.Select(f => (IReadOnlyList<object?>)[
                HtmlContext.Subject(f), f.Count, ComputationText.Of(f) is { } c ? ctx.W(c) : null, ctx.Iso(f.FirstSeen), ctx.Iso(f.LastSeen),
                ctx.YesNo(f.InScope), f.Waiver is { } w ? $"{w.Justification}; {w.ApprovedBy ?? "-"}; {ctx.Iso(w.Expires.UtcTicks)}" : null,
                f.Change is { } change ? ctx.W(Words.Of(change)) : null, f.NoteText is { } note ? ctx.W(note) : null, f.Id]));
        var evidence = findings.SelectMany(f => f.Evidence.Select(e => (Finding: f, Row: e))).ToList();
        if (evidence.Count > 0)
        {
            p.Table(
                "evidence-" + number,
                [ctx.L("对象", "Subject"), ctx.L("文件", "File"), ctx.L("行", "Line"), ctx.L("时间", "Time") + ctx.Tz, ctx.L("字段", "Fields")],
                evidence.Select(e => (IReadOnlyList<object?>)[
                    HtmlContext.Subject(e.Finding), e.Row.File, e.Row.Line, ctx.Iso(e.Row.Ts), string.Join("; ", e.Row.Fields.Select(x => $"{x.Key}={x.Value}"))]));
        }
        p.Close("article");
    }
}
