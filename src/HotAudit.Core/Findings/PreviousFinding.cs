using HotAudit.Core.Rules;

namespace HotAudit.Core.Findings;

/// <summary>A finding as an earlier run's findings.json recorded it: enough to match it and to list it as resolved.</summary>
/// <param name="Id">Its stable id (<see cref="FindingIds"/>).</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Subject">Subject keys and values, in the order written.</param>
/// <param name="Count">Its count then.</param>
/// <param name="Title">The rule's title then (for a rule that no longer exists).</param>
/// <param name="Clauses">The rule's clauses then.</param>
/// <param name="Basis">The rule's basis then.</param>
/// <param name="Severity">The rule's severity then.</param>
/// <param name="FirstSeen">Earliest row then (UTC ticks; 0 when unknown).</param>
/// <param name="LastSeen">Latest row then (UTC ticks; 0 when unknown).</param>
public sealed record PreviousFinding(
    string Id, string RuleId, IReadOnlyList<SubjectValue> Subject, long Count, LocalizedText Title,
    IReadOnlyList<string> Clauses, Basis Basis, Severity Severity, long FirstSeen, long LastSeen);
