using HotAudit.Core.Contract;

namespace HotAudit.Core.Rules;

/// <summary>A rule as a pack defines it (RULES.md): identity, clauses, severity, data, mechanism, subject, count, examples.</summary>
public sealed record RuleDefinition
{
    /// <summary>Rule id, e.g. HU-SIL-01.</summary>
    public required string Id { get; init; }

    /// <summary>The pack it belongs to.</summary>
    public required string Pack { get; init; }

    /// <summary>Bilingual title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Clause ids it reports under.</summary>
    public required IReadOnlyList<string> Clauses { get; init; }

    /// <summary>T (the standard) or N (internal practice).</summary>
    public required Basis Basis { get; init; }

    /// <summary>Severity of its findings.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The input it reads rows from.</summary>
    public required InputKind Source { get; init; }

    /// <summary>Inputs that must be present (with at least one accepted row) for the rule to judge anything.</summary>
    public required IReadOnlyList<InputKind> Requires { get; init; }

    /// <summary>Subject fields, in RULES.md order.</summary>
    public required IReadOnlyList<SubjectField> Subject { get; init; }

    /// <summary>What count counts.</summary>
    public required CountMode Count { get; init; }

    /// <summary>How it fires.</summary>
    public required Mechanism Mechanism { get; init; }

    /// <summary>Parameters with defaults.</summary>
    public required IReadOnlyList<ParameterDefinition> Parameters { get; init; }

    /// <summary>Why it matters.</summary>
    public required string Rationale { get; init; }

    /// <summary>What to do about a finding.</summary>
    public required string Remediation { get; init; }

    /// <summary>The remediation in Chinese (<c>remediation_zh</c>), when the pack gives one.</summary>
    public string? RemediationZh { get; init; }

    /// <summary>The remediation in both languages; English stands in for a missing Chinese text.</summary>
    public LocalizedText RemediationText => new(RemediationZh ?? Remediation, Remediation);

    /// <summary>Its own examples.</summary>
    public required IReadOnlyList<RuleExample> Examples { get; init; }

    /// <summary>An expression giving a note for each finding, evaluated on its earliest evidence row (e.g. the verification's reason).</summary>
    public string? Note { get; init; }

    /// <summary>The note in Chinese (<c>note_zh</c>), an expression like <see cref="Note"/>, when the pack gives one.</summary>
    public string? NoteZh { get; init; }

    /// <summary>Where it is defined.</summary>
    public required SourceLocation Location { get; init; }
}
