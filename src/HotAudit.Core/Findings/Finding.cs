using HotAudit.Core.Rules;

namespace HotAudit.Core.Findings;

/// <summary>One finding: a rule fired for a subject, <see cref="Count"/> times as the rule defines count.</summary>
public sealed record Finding
{
    /// <summary>Stable id: a hash of the rule id and the subject, equal across runs.</summary>
    public required string Id { get; init; }

    /// <summary>The rule.</summary>
    public required RuleDefinition Rule { get; init; }

    /// <summary>Subject keys and values, in the rule's order.</summary>
    public required IReadOnlyList<SubjectValue> Subject { get; init; }

    /// <summary>The count the rule defines.</summary>
    public required long Count { get; init; }

    /// <summary>Earliest row behind it (UTC ticks); null for findings on reference data, which has no event time.</summary>
    public required long? FirstSeen { get; init; }

    /// <summary>Latest row behind it (UTC ticks); null for findings on reference data.</summary>
    public required long? LastSeen { get; init; }

    /// <summary>Up to N rows behind it, earliest first.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>Whether any of its clauses is in the scenario's scope.</summary>
    public bool InScope { get; init; } = true;

    /// <summary>A note for the reader (e.g. how many flagged devices were already active on the first day of data).</summary>
    public string? Note { get; init; }

    /// <summary>The note in Chinese, when the rule or the monitor gave one.</summary>
    public string? NoteZh { get; init; }

    /// <summary>The note in both languages (English stands in for a missing Chinese text), or null without a note.</summary>
    public Rules.LocalizedText? NoteText => Note is null ? null : new(NoteZh ?? Note, Note);

    /// <summary>For a threshold rule (share, window, span, gaps): the measured value, its base and the threshold.</summary>
    public Computation? Computation { get; init; }

    /// <summary>The waiver that covers it, if any.</summary>
    public AppliedWaiver? Waiver { get; init; }

    /// <summary>Change since the previous run, when one is known.</summary>
    public Change? Change { get; init; }

    /// <summary>Whether a valid waiver covers it.</summary>
    public bool Waived => Waiver is not null;
}
