using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>The overall verdict in one sentence: which clauses decided it, the same rule order as <see cref="TesterCode.Overall"/>.</summary>
internal static class OverallExplanation
{
    private const int MaxListed = 6;

    public static LocalizedText Of(AssessmentResult result)
    {
        var clauses = result.Clauses;
        var failed = Ids(clauses, Verdict.Nonconformant);
        if (failed.Count > 0)
        {
            return new(
                $"{failed.Count} 个条款不符合 ({List(failed)})，任一条款不符合即总体不符合。",
                $"{failed.Count} clause(s) nonconformant ({List(failed)}); one nonconformant clause makes the whole nonconformant.");
        }
        var thin = Ids(clauses, Verdict.InsufficientEvidence);
        var manual = Ids(clauses, Verdict.Manual);
        if (thin.Count + manual.Count > 0)
        {
            return new(
                $"没有不符合的条款，但 {thin.Count} 个条款证据不足 ({List(thin)})、{manual.Count} 个条款待人工核查 ({List(manual)})，评估尚未完成。",
                $"No clause is nonconformant, but {thin.Count} lack evidence ({List(thin)}) and {manual.Count} await a manual check ({List(manual)}), so the assessment is not complete.");
        }
        var observed = Ids(clauses, Verdict.Observation);
        return observed.Count > 0
            ? new(
                $"所有条款符合或不适用；{observed.Count} 个条款有内部实践 (N) 规则的观察项 ({List(observed)})。",
                $"Every clause is conformant or not applicable; {observed.Count} carry observations of internal-practice (N) rules ({List(observed)}).")
            : new("所有条款符合或不适用，没有观察项。", "Every clause is conformant or not applicable, with no observation.");
    }

    private static List<string> Ids(IReadOnlyList<ClauseResult> clauses, Verdict verdict) =>
        [.. clauses.Where(c => c.Verdict == verdict).Select(c => c.Clause.Id)];

    private static string List(List<string> ids) => ids.Count == 0 ? "-"
        : ids.Count <= MaxListed ? string.Join(", ", ids) : string.Join(", ", ids.Take(MaxListed)) + ", …";
}
