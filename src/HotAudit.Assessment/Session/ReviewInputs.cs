using HotAudit.Core.Findings;

namespace HotAudit.Assessment;

/// <summary>What a run judges its findings against besides the rules: the waivers and the previous run's findings.</summary>
/// <param name="Waivers">From <c>--waivers</c>, in file order; empty without one.</param>
/// <param name="Baseline">The previous run's findings; null when there is none to compare with.</param>
/// <param name="BaselineName">The previous findings.json's file name, for messages.</param>
/// <param name="Notices">What the run should say about them (e.g. an implicit baseline that could not be read).</param>
internal sealed record ReviewInputs(
    IReadOnlyList<Waiver> Waivers, IReadOnlyList<PreviousFinding>? Baseline, string BaselineName, IReadOnlyList<string> Notices)
{
    public static ReviewInputs None { get; } = new([], null, "", []);
}
