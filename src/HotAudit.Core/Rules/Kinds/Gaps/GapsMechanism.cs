using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Dataset assertion over the assessment period: the points are the period start, every row matching
/// <paramref name="When"/> inside the period, and the period end; the count is the number of gaps between consecutive
/// points longer than <paramref name="MaxGap"/> (HU-GOV-06).
/// </summary>
public sealed record GapsMechanism(string When, string MaxGap) : Mechanism
{
    /// <summary>Reads the rule's <c>when</c> and <c>max_gap</c>.</summary>
    public static GapsMechanism Read(IRuleFields f) => new(f.String("when", required: true) ?? "false", f.String("max_gap", required: true) ?? "0s");

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new GapsEvaluator(c.Expr(When, "when"), c.Duration(MaxGap).Ticks, subject, c.Guard(When));
        return new(evaluator, new ThresholdCheck(ComputationKind.Gaps, MechanismContext.Days(c.Duration(MaxGap)), 0));
    }
}
