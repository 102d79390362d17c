using HotAudit.Core.Contract;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Clauses;

/// <summary>A clause of the catalog.</summary>
/// <param name="Id">e.g. <c>HU 7.2 f</c> or <c>SCD 4.2</c>.</param>
/// <param name="Title">Bilingual title in the project's own words.</param>
/// <param name="Strength">shall or should.</param>
/// <param name="Scope">When it is in scope.</param>
/// <param name="Manual">Whether only an attestation can decide it (no log proves it).</param>
/// <param name="Needs">Inputs whose absence makes it insufficient evidence, whatever the rules say.</param>
/// <param name="AttestationFallback">Whether an attestation decides it when <paramref name="Needs"/> is missing (e.g. 7.2 b without tenant data).</param>
/// <param name="AttestationPart">Whether part of it can only be attested (the mechanism half of 7.2 i): without findings it needs an attestation.</param>
/// <param name="Summary">What it asks, in short (English).</param>
/// <param name="JudgedBy">The basis-T rules that together judge it (RULES.md); all must have been selected and able to judge for a conformant verdict.</param>
public sealed record ClauseDefinition(
    string Id, LocalizedText Title, Strength Strength, ClauseScope Scope, bool Manual, IReadOnlyList<InputKind> Needs,
    bool AttestationFallback, bool AttestationPart, string Summary, IReadOnlyList<string> JudgedBy);
