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
        ClauseResult Result(Verdict v, LocalizedText reason, Attestation? a = null) =>
            new(clause, v, tFindings, nFindings, ruleIds, reason.En, a) { ReasonZh = reason.Zh };

        if (!InScope(clause, input.Scenario, input.Present))
        {
            return Result(Verdict.NotApplicable, ScopeReason(clause));
        }
        var attestation = AttestationOf(clause, input.Attestations);
        var missingNeeds = clause.Needs.Where(n => !input.Present.Contains(n)).ToList();
        if (clause.Manual || (clause.AttestationFallback && missingNeeds.Count > 0))
        {
            return attestation is null
                ? Result(Verdict.Manual, new(
                    "需要核查声明: 日志无法证明" + (missingNeeds.Count > 0 ? $" (没有 {Names(missingNeeds)} 数据)" : ""),
                    "needs an attestation: no log can show it" + (missingNeeds.Count > 0 ? $" (no {Names(missingNeeds)} data)" : "")))
                : Result(Attested(clause, attestation), AttestedBy(attestation, "", ""), attestation);
        }
        var failing = tFindings.Where(f => !f.Waived).ToList();
        if (failing.Count > 0)
        {
            var v = clause.Strength == Strength.Shall ? Verdict.Nonconformant : Verdict.Observation;
            var ids = string.Join(", ", failing.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal));
            return Result(v, new($"{ids} 的 {failing.Count} 项发现", $"{failing.Count} finding(s) of {ids}"));
        }
        return NoFinding(clause, input, rules, missingNeeds, attestation, Result);
    }

    private static ClauseResult NoFinding(
        ClauseDefinition clause, VerdictInput input, List<RuleDefinition> rules, List<InputKind> missingNeeds, Attestation? attestation,
        Func<Verdict, LocalizedText, Attestation?, ClauseResult> result)
    {
        var tRules = rules.Where(r => r.Basis == Basis.T).ToList();
        if (missingNeeds.Count > 0)
        {
            return result(Verdict.InsufficientEvidence, new($"没有 {Names(missingNeeds)} 数据", $"no {Names(missingNeeds)} data"), null);
        }
        var absent = clause.JudgedBy.Where(id => input.Selected.All(r => r.Id != id)).ToList();
        if (absent.Count > 0)
        {
            var ids = string.Join(", ", absent);
            return result(Verdict.InsufficientEvidence, new($"未经 {ids} 判定 (不在所应用的规则中)", $"not judged by {ids} (not among the rules applied)"), null);
        }
        if (tRules.Count == 0)
        {
            return result(Verdict.InsufficientEvidence, new("所选规则包中尚无规则判定此条款", "no rule of the selected packs judges this clause yet"), null);
        }
        var notJudged = tRules.Where(r => input.NotJudged.ContainsKey(r.Id)).ToList();
        if (notJudged.Count > 0)
        {
            string Why(Func<LocalizedText, string> lang) => string.Join("; ", notJudged.Select(r => $"{r.Id}: {lang(input.NotJudged[r.Id])}"));
            return result(Verdict.InsufficientEvidence, new("未能判定: " + Why(t => t.Zh), Why(t => t.En)), null);
        }
        if (clause.AttestationPart)
        {
            return attestation is null
                ? result(Verdict.Manual, new("无发现; 日志无法证明的部分需要核查声明", "no finding; the part no log can show needs an attestation"), null)
                : result(Attested(clause, attestation), AttestedBy(attestation, "无发现; ", "no finding; "), attestation);
        }
        var judged = string.Join(", ", tRules.Select(r => r.Id));
        return result(Verdict.Conformant, new($"{judged} 无发现", $"no finding of {judged}"), null);
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

    private static LocalizedText ScopeReason(ClauseDefinition clause) => clause.Scope switch
    {
        ClauseScope.Internal => new("范围外: 7.1 条适用于企业内部使用场景", "out of scope: clause 7.1 applies to the internal scenario"),
        ClauseScope.External => new("范围外: 7.2 条适用于外部提供场景", "out of scope: clause 7.2 applies to the external scenario"),
        _ => new("范围外: 案例中没有应用签名记录", "out of scope: the case has no app signature records"),
    };

    private static LocalizedText AttestedBy(Attestation a, string zhPrefix, string enPrefix) => new(
        $"{zhPrefix}由 {a.Assessor ?? "?"} 于 {a.Date ?? "?"} 核查声明",
        $"{enPrefix}attested by {a.Assessor ?? "?"} on {a.Date ?? "?"}");

    private static string Names(IEnumerable<InputKind> kinds) => string.Join(", ", kinds.Select(k => k.Prefix()));
}
