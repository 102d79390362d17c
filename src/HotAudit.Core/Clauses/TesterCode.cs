using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Clauses;

/// <summary>
/// The T/TAF 084.4 tester code (table 2): basis T when only the standard's rules were applied, N when only internal
/// ones, B when both; result 1 when a clause is nonconformant or, with internal rules applied, a basis-N finding of
/// severity high or critical (in scope, not waived) was found; else 0.
/// </summary>
public static class TesterCode
{
    /// <summary>The two-character code.</summary>
    public static string Of(IReadOnlyList<RuleDefinition> applied, IReadOnlyList<ClauseResult> clauses, IReadOnlyList<Finding> findings)
    {
        var hasT = applied.Any(r => r.Basis == Basis.T);
        var hasN = applied.Any(r => r.Basis == Basis.N);
        var letter = hasT && hasN ? 'B' : hasN ? 'N' : 'T';
        var failed = clauses.Any(c => c.Verdict == Verdict.Nonconformant)
            || (hasN && findings.Any(f => f.Rule.Basis == Basis.N && f.InScope && !f.Waived && f.Rule.Severity >= Severity.High));
        return $"{letter}{(failed ? '1' : '0')}";
    }

    /// <summary>The overall verdict: nonconformant, incomplete, conformant_with_observations or conformant.</summary>
    public static string Overall(IReadOnlyList<ClauseResult> clauses) =>
        clauses.Any(c => c.Verdict == Verdict.Nonconformant) ? "nonconformant"
        : clauses.Any(c => c.Verdict is Verdict.InsufficientEvidence or Verdict.Manual) ? "incomplete"
        : clauses.Any(c => c.Verdict == Verdict.Observation) ? "conformant_with_observations"
        : "conformant";
}
