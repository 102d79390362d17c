using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Html;

/// <summary>The clause table: verdict (coloured), findings by severity, observations, rules, reason.</summary>
internal static class ClausesSection
{
    private const int VerdictColumn = 4;
    private static readonly Severity[] Severities = [.. Enum.GetValues<Severity>().Reverse()];

    public static void Write(HtmlPage p, HtmlContext ctx)
    {
        p.Open("section", "clauses-section").Element("h2", ctx.L("条款", "Clauses"));
        p.Table(
            "clauses",
            [ctx.L("条款", "Clause"), "标题 (中文)", "Title (English)", ctx.L("强度", "Strength"), ctx.L("结论", "Verdict"),
                .. Severities.Select(Names.Of), ctx.L("观察项 (N)", "Observations (N)"), ctx.L("规则", "Rules"), ctx.L("理由", "Reason")],
            ctx.Result.Clauses.Select(c => (IReadOnlyList<object?>)[
                c.Clause.Id, c.Clause.Title.Zh, c.Clause.Title.En, Names.Of(c.Clause.Strength), c.Verdict.Name(),
                .. Severities.Select(s => (object?)c.Findings.Count(f => f.Rule.Severity == s)),
                c.Observations.Count, string.Join(", ", c.Rules), c.Reason]),
            (i, v) => i == VerdictColumn ? "v-" + v : null);
        p.Close("section");
    }
}
