namespace HotAudit.Core.Findings;

/// <summary>Findings after waivers were applied, and what the run should say about the waivers.</summary>
/// <param name="Findings">The findings, in the same order, with <see cref="Finding.Waiver"/> set where a waiver covers them.</param>
/// <param name="Notices">Expired waivers (ignored) and waivers that matched no finding.</param>
public sealed record WaiverOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<string> Notices);
