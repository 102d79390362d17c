using HotAudit.Core.Contract;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Core.Findings;

/// <summary>
/// Compares findings with a previous run's by stable id: each current one is new or unchanged, and each previous one
/// that is gone becomes a resolved finding, described by the current rule when it still exists.
/// </summary>
public static class BaselineComparer
{
    /// <summary>Compares; <paramref name="ruleOf"/> gives the current definition of a rule id, or null when it is gone.</summary>
    public static BaselineOutcome Compare(
        IReadOnlyList<Finding> findings, IReadOnlyList<PreviousFinding> previous, Func<string, RuleDefinition?> ruleOf, string baselineName)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(ruleOf);
        var before = previous.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var now = findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var compared = findings.Select(f => f with { Change = before.Contains(f.Id) ? Change.Unchanged : Change.New }).ToList();
        var resolved = previous
            .Where(p => !now.Contains(p.Id))
            .DistinctBy(p => p.Id)
            .Select(p => Resolved(p, ruleOf(p.RuleId) ?? Minimal(p, baselineName)))
            .OrderByDescending(f => f.Rule.Severity).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => string.Join("\u0001", f.Subject.Select(s => s.Value)), StringComparer.Ordinal)
            .ToList();
        return new BaselineOutcome(compared, resolved);
    }

    private static Finding Resolved(PreviousFinding p, RuleDefinition rule) => new()
    {
        Id = p.Id,
        Rule = rule,
        Subject = p.Subject,
        Count = p.Count,
        FirstSeen = p.FirstSeen,
        LastSeen = p.LastSeen,
        Evidence = [],
        Change = Change.Resolved,
    };

    /// <summary>A stand-in for a rule that no longer exists, from what the previous run said about it.</summary>
    private static RuleDefinition Minimal(PreviousFinding p, string baselineName) => new()
    {
        Id = p.RuleId,
        Pack = "",
        Title = p.Title,
        Clauses = p.Clauses,
        Basis = p.Basis,
        Severity = p.Severity,
        Source = InputKind.Telemetry,
        Requires = [],
        Subject = [.. p.Subject.Select(s => new SubjectField(s.Key, s.Key))],
        Count = CountMode.Rows,
        Mechanism = new MatchMechanism("false"),
        Parameters = [],
        Rationale = "",
        Remediation = "",
        Examples = [],
        Location = new SourceLocation(baselineName, 0),
    };
}
