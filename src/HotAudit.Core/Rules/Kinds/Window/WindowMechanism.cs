using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// More than <paramref name="Threshold"/> rows matching <paramref name="When"/> within any sliding window of
/// <paramref name="Within"/> (closed at both ends), per entity, subject and key.
/// </summary>
public sealed record WindowMechanism(string When, string Within, string Threshold, IReadOnlyList<string> Key) : Mechanism
{
    /// <summary>Reads the rule's <c>when</c>, <c>within</c>, <c>threshold</c> and optional <c>key</c>.</summary>
    public static WindowMechanism Read(IRuleFields f) =>
        new(f.String("when", required: true) ?? "false", f.String("within", required: true) ?? "0s",
            f.String("threshold", required: true) ?? "0", f.Strings("key"));

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new WindowEvaluator(c.Expr(When, "when"), c.Duration(Within).Ticks, c.Number(Threshold), c.Fields(Key, "key"), subject, c.Guard(When));
        return new(evaluator, new ThresholdCheck(ComputationKind.Window, c.Number(Threshold), MechanismContext.Days(c.Duration(Within))));
    }
}
