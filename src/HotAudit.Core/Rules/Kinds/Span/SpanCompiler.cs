using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a span rule: its filter and the minimum number of days.</summary>
internal static class SpanCompiler
{
    public static CompiledMechanism Compile(SpanMechanism sp, MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new SpanEvaluator(c.Expr(sp.When, "when"), c.Number(sp.MinDays), subject);
        return new(evaluator, new ThresholdCheck(ComputationKind.Span, c.Number(sp.MinDays), 0));
    }
}
