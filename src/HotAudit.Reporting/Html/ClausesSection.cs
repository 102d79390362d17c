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
                .. Severities.Select(s => ctx.W(Words.Of(s))), ctx.L("观察项 (N)", "Observations (N)"), ctx.L("规则", "Rules"), ctx.L("理由", "Reason")],
            ctx.Result.Clauses.Select(c => (IReadOnlyList<object?>)[
                c.Clause.Id, c.Clause.Title.Zh, c.Clause.Title.En, ctx.W(Words.Of(c.Clause.Strength)), ctx.W(Words.Of(c.Verdict)),
                .. Severities.Select(s => (object?)c.Findings.Count(f => f.Rule.Severity == s)),
                c.Observations.Count, string.Join(", ", c.Rules), ctx.W(c.ReasonText)]),
            (i, v) => i == VerdictColumn ? VerdictClass(ctx, v) : null);
        p.Close("section");
    }

    /// <summary>The colour class of a verdict cell, found from the word shown in it.</summary>
    private static string? VerdictClass(HtmlContext ctx, object? word) =>
        Enum.GetValues<Verdict>().Where(v => ctx.W(Words.Of(v)).Equals(word)).Select(v => "v-" + v.Name()).FirstOrDefault();
}
