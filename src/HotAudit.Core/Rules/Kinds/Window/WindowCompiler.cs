using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a window rule: its filter, the window's length, the threshold and the key.</summary>
internal static class WindowCompiler
{
    public static CompiledMechanism Compile(WindowMechanism w, MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new WindowEvaluator(c.Expr(w.When, "when"), c.Duration(w.Within).Ticks, c.Number(w.Threshold), c.Fields(w.Key, "key"), subject);
        return new(evaluator, new ThresholdCheck(ComputationKind.Window, c.Number(w.Threshold), MechanismContext.Days(c.Duration(w.Within))));
    }
}
