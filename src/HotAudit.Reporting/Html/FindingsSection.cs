using HotAudit.Core.Findings;

namespace HotAudit.Reporting.Html;

/// <summary>Each finding with its rule, subject, count, waiver and the evidence rows behind it (file, line, fields).</summary>
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
        for (var i = 0; i < findings.Count; i++)
        {
            Write(p, ctx, findings[i], i + 1);
        }
        p.Close("section");
    }

    private static void Write(HtmlPage p, HtmlContext ctx, Finding f, int number)
    {
        var severity = Names.Of(f.Rule.Severity);
        p.Open("article", cls: "finding s-" + severity);
        p.Element("h3", $"{f.Rule.Id} [{severity}] {ctx.Title(f.Rule.Title)}");
        p.Pairs("facts", [
            (ctx.L("编号", "Id"), f.Id),
            (ctx.L("条款", "Clauses"), string.Join(", ", f.Rule.Clauses)),
            (ctx.L("依据", "Basis"), Names.Of(f.Rule.Basis)),
            (ctx.L("范围内", "In scope"), ctx.YesNo(f.InScope)),
            (ctx.L("对象", "Subject"), HtmlContext.Subject(f)),
            (ctx.L("计数", "Count"), f.Count),
            (ctx.L("计算", "Computation"), ComputationText.Of(f) is { } computed ? ctx.W(computed) : null),
            (ctx.L("首次出现", "First seen") + ctx.Tz, ctx.Iso(f.FirstSeen)),
            (ctx.L("最后出现", "Last seen") + ctx.Tz, ctx.Iso(f.LastSeen)),
            (ctx.L("整改建议", "Remediation"), ctx.W(f.Rule.RemediationText)),
            (ctx.L("豁免", "Waiver"), f.Waiver is { } w ? $"{w.Justification}; {w.ApprovedBy ?? "-"}; {ctx.Iso(w.Expires.UtcTicks)}" : null),
            (ctx.L("变化", "Change"), f.Change is { } c ? Names.Of(c) : null),
            (ctx.L("备注", "Note"), f.Note),
        ]);
        if (f.Evidence.Count > 0)
        {
            p.Table(
                "evidence-" + number,
                [ctx.L("文件", "File"), ctx.L("行", "Line"), ctx.L("时间", "Time") + ctx.Tz, ctx.L("字段", "Fields")],
                f.Evidence.Select(e => (IReadOnlyList<object?>)[
                    e.File, e.Line, ctx.Iso(e.Ts), string.Join("; ", e.Fields.Select(x => $"{x.Key}={x.Value}"))]));
        }
        p.Close("article");
    }
}
