using HotAudit.Core.CustomData;

namespace HotAudit.Reporting.Html;

/// <summary>The page head: case, overall verdict, tester code (large), its meaning, counts and coverage.</summary>
internal static class SummarySection
{
    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        var r = ctx.Result;
        var c = r.Case;
        p.Element("h1", ctx.L("HotAudit 热更新合规评估报告", "HotAudit hot-update compliance report"));
        p.Open("section", "summary");
        p.Open("div", "tester-code", "tester-code").Element("span", ctx.L("检测者代码 (T/TAF 084.4)", "Tester code (T/TAF 084.4)"), "label")
            .Element("strong", r.TesterCode ?? "—").Close("div");
        var code = r.TesterCode is { } text ? SignatureCustomData.Parse(SignerRole.Tester, text) : null;
        var decision = r.TesterCodeDecision;
        var q = r.DataQuality;
        p.Pairs("facts", [
            (ctx.L("案例", "Case"), c.Id),
            (ctx.L("场景", "Scenario"), ctx.W(Words.Of(c.Scenario))),
            (ctx.L("标准", "Standard"), c.StandardLabel),
            (ctx.L("评估期", "Period"), c.HasPeriod ? $"{ctx.Iso(c.PeriodFrom)} .. {ctx.Iso(c.PeriodUntil)}" : ctx.L("无", "none")),
            (ctx.L("被测应用", "App under test"), c.App is { } app ? $"{app.Name} {app.Version}".Trim() : null),
            (ctx.L("总体结论", "Overall verdict"), ctx.W(Words.Overall(r.Overall))),
            (ctx.L("结论说明", "Why"), ctx.W(OverallExplanation.Of(r))),
            (ctx.L("检测者代码含义", "Tester code means"), code is null ? ctx.L(decision.ReasonZh!, decision.Reason!)
                : code.Meaning is { } m ? ctx.L(m.Zh, m.En) : ctx.L(code.Problem!.Zh, code.Problem.En)),
            (ctx.L("发现", "Findings"), r.Findings.Count),
            (ctx.L("读取行数", "Rows read"), q.RowsRead),
            (ctx.L("拒绝行数", "Rows rejected"), q.RowsRejected),
            (ctx.L("重复行数", "Duplicates dropped"), q.Duplicates),
            (ctx.L("工具版本", "Tool version"), r.ToolVersion),
            (ctx.L("生成时间", "Created"), ctx.Iso(r.CreatedAt.UtcTicks)),
        ]);
        p.Close("section");
    }
}
