using HotAudit.Core.Findings;

namespace HotAudit.Core.Clauses;

/// <summary>A clause's verdict with what it rests on.</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Findings">Basis-T findings under it (waived ones included, marked).</param>
/// <param name="Observations">Basis-N findings listed under it (never changing the verdict).</param>
/// <param name="Rules">Rule ids mapped to it that were applied.</param>
/// <param name="Reason">One line saying why.</param>
/// <param name="Attestation">The attestation that decided it, if any.</param>
public sealed record ClauseResult(
    ClauseDefinition Clause, Verdict Verdict, IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Observations,
    IReadOnlyList<string> Rules, string Reason, Attestation? Attestation)
{
    /// <summary>The reason in Chinese, when the calculator gave one.</summary>
    public string? ReasonZh { get; init; }

    /// <summary>The reason in both languages; English stands in for a missing Chinese text.</summary>
    public Rules.LocalizedText ReasonText => new(ReasonZh ?? Reason, Reason);
}
