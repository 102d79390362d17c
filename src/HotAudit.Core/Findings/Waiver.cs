using HotAudit.Core.Rules;

namespace HotAudit.Core.Findings;

/// <summary>
/// One entry of a waiver file: which findings it covers (a rule or every rule of a clause, narrowed by subject), why,
/// who approved it and until when.
/// </summary>
/// <param name="Number">1-based position in the file, for messages (<c>waiver #2</c>).</param>
/// <param name="Location">Where it is written.</param>
/// <param name="RuleId">The rule it covers; null when <paramref name="Clause"/> is given.</param>
/// <param name="Clause">The clause whose rules it covers (e.g. <c>HU 6 d</c>); null when <paramref name="RuleId"/> is given.</param>
/// <param name="Subject">Subject key → value, each of which must match (<c>*</c> matches any value); empty = every subject.</param>
/// <param name="Justification">Why the findings are accepted.</param>
/// <param name="ApprovedBy">Who approved it, if named.</param>
/// <param name="Expires">When it stops applying.</param>
public sealed record Waiver(
    int Number, SourceLocation Location, string? RuleId, string? Clause, IReadOnlyDictionary<string, string> Subject,
    string Justification, string? ApprovedBy, WaiverExpiry Expires)
{
    /// <summary>What it covers, for messages: the rule id or clause, and the subject if any.</summary>
    public string Target =>
        (RuleId ?? Clause ?? "?") + (Subject.Count == 0 ? "" : " {" + string.Join(", ", Subject.Select(p => $"{p.Key}={p.Value}")) + "}");
}
