namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Dataset assertion over the assessment period: the points are the period start, every row matching
/// <paramref name="When"/> inside the period, and the period end; the count is the number of gaps between consecutive
/// points longer than <paramref name="MaxGap"/> (HU-GOV-06).
/// </summary>
public sealed record GapsMechanism(string When, string MaxGap) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => GapsCompiler.Compile(this, context);
}
