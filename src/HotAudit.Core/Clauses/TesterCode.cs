using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Clauses;

/// <summary>
/// The T/TAF 084.4 tester code (table 2): basis T when only the standard's rules were applied, N when only internal
/// ones, B when both; result 1 when a clause is nonconformant or, with internal rules applied, a basis-N finding of
/// severity high or critical (in scope, not waived) was found; else 0. A code is a tester's signed statement, so it is
/// issued only when every in-scope shall clause has a verdict from evidence (or an attestation): "0" means "no
/// nonconformity found", which an assessment that could not look cannot say.
/// </summary>
public static class TesterCode
{
    /// <summary>The two-character code, or null with the clauses that withhold it.</summary>
    public static TesterCodeDecision Decide(IReadOnlyList<RuleDefinition> applied, IReadOnlyList<ClauseResult> clauses, IReadOnlyList<Finding> findings)
    {
        var code = Of(applied, clauses, findings);
        var incomplete = Incomplete(clauses);
        return incomplete.Count == 0 ? new TesterCodeDecision(code, code, []) : new TesterCodeDecision(null, code, incomplete);
    }

    /// <summary>The code the verdicts give, whether or not the assessment is complete.</summary>
    public static string Of(IReadOnlyList<RuleDefinition> applied, IReadOnlyList<ClauseResult> clauses, IReadOnlyList<Finding> findings)
    {
        var hasT = applied.Any(r => r.Basis == Basis.T);
        var hasN = applied.Any(r => r.Basis == Basis.N);
        var letter = hasT && hasN ? 'B' : hasN ? 'N' : 'T';
        var failed = clauses.Any(c => c.Verdict == Verdict.Nonconformant)
            || (hasN && findings.Any(f => f.Rule.Basis == Basis.N && f.InScope && !f.Waived && f.Rule.Severity >= Severity.High));
        return $"{letter}{(failed ? '1' : '0')}";
    }

    /// <summary>In-scope shall clauses whose verdict does not rest on evidence: insufficient evidence, or manual without an attestation.</summary>
    public static IReadOnlyList<ClauseResult> Incomplete(IReadOnlyList<ClauseResult> clauses) =>
        [.. clauses.Where(c => c.Clause.Strength == Strength.Shall && c.Verdict is Verdict.InsufficientEvidence or Verdict.Manual)];

    /// <summary>The overall verdict: nonconformant, incomplete, conformant_with_observations or conformant.</summary>
    public static string Overall(IReadOnlyList<ClauseResult> clauses) =>
        clauses.Any(c => c.Verdict == Verdict.Nonconformant) ? "nonconformant"
        : clauses.Any(c => c.Verdict is Verdict.InsufficientEvidence or Verdict.Manual) ? "incomplete"
        : clauses.Any(c => c.Verdict == Verdict.Observation) ? "conformant_with_observations"
        : "conformant";
}
