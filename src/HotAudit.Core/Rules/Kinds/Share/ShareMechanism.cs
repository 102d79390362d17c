using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Per subject: among entities with a <paramref name="Base"/> row (at least <paramref name="MinBase"/> of them), the share
/// that also have a <paramref name="Failure"/> row of the same subject at or after their first base row exceeds
/// <paramref name="Threshold"/>.
/// </summary>
public sealed record ShareMechanism(string Base, string Failure, string MinBase, string Threshold) : Mechanism
{
    /// <summary>Reads the rule's <c>base</c>, <c>failure</c>, <c>min_base</c> and <c>threshold</c>.</summary>
    public static ShareMechanism Read(IRuleFields f) =>
        new(f.String("base", required: true) ?? "false", f.String("failure", required: true) ?? "false",
            f.String("min_base", required: true) ?? "0", f.String("threshold", required: true) ?? "0");

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new ShareEvaluator(c.Expr(Base, "base"), c.Expr(Failure, "failure"), subject, c.Guard(Base, Failure));
        var share = (c.Number(MinBase), c.Number(Threshold));
        return new(evaluator, new ThresholdCheck(ComputationKind.Share, c.Number(Threshold), 0), share);
    }
}
