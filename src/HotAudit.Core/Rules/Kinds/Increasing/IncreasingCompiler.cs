
namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles an increasing rule: its filter, the value and the key.</summary>
internal static class IncreasingCompiler
{
    public static CompiledMechanism Compile(IncreasingMechanism inc, MechanismContext c)
    {
        var subject = c.Subject;
        return new(new IncreasingEvaluator(c.Expr(inc.When, "when"), c.Expr(inc.Value, "value"), c.Fields(inc.Key, "key"), subject));
    }
}
