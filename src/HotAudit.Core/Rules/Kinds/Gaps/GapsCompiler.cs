using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a gaps rule: its filter and the longest allowed gap.</summary>
internal static class GapsCompiler
{
    public static CompiledMechanism Compile(GapsMechanism g, MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new GapsEvaluator(c.Expr(g.When, "when"), c.Duration(g.MaxGap).Ticks, subject);
        return new(evaluator, new ThresholdCheck(ComputationKind.Gaps, MechanismContext.Days(c.Duration(g.MaxGap)), 0));
    }
}
