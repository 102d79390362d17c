using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Clauses;

/// <summary>
/// Decides clause verdicts as CLAUSES.md says: out of scope → not_applicable; manual → the attestation, else manual;
/// a basis-T finding that is not waived → nonconformant (shall) or observation (should); no finding → conformant only
/// when every rule of the clause could judge and the evidence it needs is present, else insufficient_evidence.
/// Basis-N findings are listed and never change a verdict.
/// </summary>
public static class VerdictCalculator
{
    /// <summary>Whether a clause is in scope for the scenario (SCD clauses when the case has app signature records).</summary>
    public static bool InScope(ClauseDefinition clause, Scenario scenario, IReadOnlySet<InputKind> present) => clause.Scope switch
    {
        ClauseScope.All => true,
        ClauseScope.Internal => scenario == Scenario.Internal,
        ClauseScope.External => scenario == Scenario.External,
        _ => present.Contains(InputKind.AppSignatures),
    };

    /// <summary>The verdict of every clause of the catalog.</summary>
    public static IReadOnlyList<ClauseResult> Decide(VerdictInput input) => input.Catalog.Select(c => Decide(c, input)).ToList();

    private static ClauseResult Decide(ClauseDefinition clause, VerdictInput input)
    {
        var rules = input.Selected.Where(r => r.Clauses.Contains(clause.Id)).ToList();
        var under = input.Findings.Where(f => f.Rule.Clauses.Contains(clause.Id)).ToList();
        var tFindings = under.Where(f => f.Rule.Basis == Basis.T).ToList();
        var nFindings = under.Where(f => f.Rule.Basis == Basis.N).ToList();
        var ruleIds = rules.Select(r => r.Id).ToList();
        ClauseResult Result(Verdict v, string reason, Attestation? a = null) => new(clause, v, tFindings, nFindings, ruleIds, reason, a);

        if (!InScope(clause, input.Scenario, input.Present))
        {
            return Result(Verdict.NotApplicable, ScopeReason(clause));
        }
        var attestation = AttestationOf(clause, input.Attestations);
        var missingNeeds = clause.Needs.Where(n => !input.Present.Contains(n)).ToList();
        if (clause.Manual || (clause.AttestationFallback && missingNeeds.Count > 0))
        {
            return attestation is null
                ? Result(Verdict.Manual, "needs an attestation: no log can show it" + (missingNeeds.Count > 0 ? $" (no {Names(missingNeeds)} data)" : ""))
                : Result(Attested(clause, attestation), $"attested by {attestation.Assessor ?? "?"} on {attestation.Date ?? "?"}", attestation);
        }
        var failing = tFindings.Where(f => !f.Waived).ToList();
        if (failing.Count > 0)
        {
            var v = clause.Strength == Strength.Shall ? Verdict.Nonconformant : Verdict.Observation;
            return Result(v, $"{failing.Count} finding(s) of {string.Join(", ", failing.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal))}");
        }
        return NoFinding(clause, input, rules, missingNeeds, attestation, Result);
    }

    private static ClauseResult NoFinding(
        ClauseDefinition clause, VerdictInput input, List<RuleDefinition> rules, List<InputKind> missingNeeds, Attestation? attestation,
        Func<Verdict, string, Attestation?, ClauseResult> result)
    {
        var tRules = rules.Where(r => r.Basis == Basis.T).ToList();
        if (missingNeeds.Count > 0)
        {
            return result(Verdict.InsufficientEvidence, $"no {Names(missingNeeds)} data", null);
        }
        var absent = clause.JudgedBy.Where(id => input.Selected.All(r => r.Id != id)).ToList();
        if (absent.Count > 0)
        {
            return result(Verdict.InsufficientEvidence, $"not judged by {string.Join(", ", absent)} (not among the rules applied)", null);
        }
        if (tRules.Count == 0)
        {
            return result(Verdict.InsufficientEvidence, "no rule of the selected packs judges this clause yet", null);
        }
        var notJudged = tRules.Where(r => input.NotJudged.ContainsKey(r.Id)).ToList();
        if (notJudged.Count > 0)
        {
            return result(Verdict.InsufficientEvidence,
                string.Join("; ", notJudged.Select(r => $"{r.Id}: {input.NotJudged[r.Id]}")), null);
        }
        if (clause.AttestationPart)
        {
            return attestation is null
                ? result(Verdict.Manual, "no finding; the part no log can show needs an attestation", null)
                : result(Attested(clause, attestation), $"no finding; attested by {attestation.Assessor ?? "?"} on {attestation.Date ?? "?"}", attestation);
        }
        return result(Verdict.Conformant, $"no finding of {string.Join(", ", tRules.Select(r => r.Id))}", null);
    }

    /// <summary>The attestation of a clause, written with its full id (<c>HU 6 a</c>) or without the standard (<c>6 a</c>).</summary>
    public static Attestation? AttestationOf(ClauseDefinition clause, IReadOnlyDictionary<string, Attestation> attestations)
    {
        if (attestations.TryGetValue(clause.Id, out var a))
        {
            return a;
        }
        var space = clause.Id.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && attestations.TryGetValue(clause.Id[(space + 1)..], out a) ? a : null;
    }

    private static Verdict Attested(ClauseDefinition clause, Attestation a) =>
        a.Status == Verdict.Nonconformant && clause.Strength == Strength.Should ? Verdict.Observation : a.Status;

    private static string ScopeReason(ClauseDefinition clause) => clause.Scope switch
    {
        ClauseScope.Internal => "out of scope: clause 7.1 applies to the internal scenario",
        ClauseScope.External => "out of scope: clause 7.2 applies to the external scenario",
        _ => "out of scope: the case has no app signature records",
    };

    private static string Names(IEnumerable<InputKind> kinds) => string.Join(", ", kinds.Select(k => k.Prefix()));
}
