using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.History;

/// <summary>One finding as a run recorded it: enough to compare the next run of the same case with it.</summary>
/// <param name="Id">The finding's stable id (rule id + subject).</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Subject">Subject keys and values.</param>
/// <param name="Count">Its count.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Basis">The rule's basis.</param>
/// <param name="Clauses">The rule's clauses.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="FirstSeen">Earliest row (UTC ticks; 0 when unknown).</param>
/// <param name="LastSeen">Latest row (UTC ticks; 0 when unknown).</param>
/// <param name="Change">new, unchanged or empty when the run had nothing to compare with.</param>
public sealed record RunFinding(
    string Id, string RuleId, IReadOnlyList<SubjectValue> Subject, long Count, Severity Severity, Basis Basis,
    IReadOnlyList<string> Clauses, LocalizedText Title, long FirstSeen, long LastSeen, string Change)
{
    /// <summary>The finding as the baseline of the next run.</summary>
    public PreviousFinding ToPrevious() => new(Id, RuleId, Subject, Count, Title, Clauses, Basis, Severity, FirstSeen, LastSeen);
}
