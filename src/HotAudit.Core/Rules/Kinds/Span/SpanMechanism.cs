using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Dataset assertion: the whole days, rounded down, from the earliest row matching <paramref name="When"/> to the period
/// end; fires when below <paramref name="MinDays"/> (also at 0), with that number as the count (HU-LOG-02).
/// </summary>
public sealed record SpanMechanism(string When, string MinDays) : Mechanism
{
    /// <summary>Reads the rule's <c>when</c> and <c>min_days</c>.</summary>
    public static SpanMechanism Read(IRuleFields f) => new(f.String("when", required: true) ?? "false", f.String("min_days", required: true) ?? "0");

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new SpanEvaluator(c.Expr(When, "when"), c.Number(MinDays), subject, c.Guard(When));
        return new(evaluator, new ThresholdCheck(ComputationKind.Span, c.Number(MinDays), 0));
    }
}
