using HotAudit.Core.Engine;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a state rule: target, the setters in written order, the firing label, key and tie rule.</summary>
internal static class StateCompiler
{
    public static CompiledMechanism Compile(StateMechanism s, MechanismContext c)
    {
        var subject = c.Subject;
        return new(new StateEvaluator(c.Expr(s.Target, "target"), s.Setters.Select(x => c.Expr(x.When, "states")).ToArray(),
            FireOn(c.Rule, s), c.Fields(s.Key, "key"), s.Ties, subject));
    }

    private static int FireOn(RuleDefinition rule, StateMechanism s)
    {
        var i = s.Setters.ToList().FindIndex(x => x.Label == s.FireOn);
        return i >= 0 ? i : throw new RuleCompileException(rule, $"fire_on '{s.FireOn}' is not one of the states' labels");
    }
}
