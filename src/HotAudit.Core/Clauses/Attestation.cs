namespace HotAudit.Core.Clauses;

/// <summary>An evaluator's answer for a clause no log can prove (attestations.yaml).</summary>
public sealed record Attestation(string ClauseId, Verdict Status, string? Evidence, string? Assessor, string? Date);
