namespace HotAudit.Core.Findings;

/// <summary>Findings compared with a previous run.</summary>
/// <param name="Findings">The current findings, in the same order, each with <see cref="Finding.Change"/> set.</param>
/// <param name="Resolved">Findings of the previous run that are gone now, marked <see cref="Change.Resolved"/>.</param>
public sealed record BaselineOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Resolved);
