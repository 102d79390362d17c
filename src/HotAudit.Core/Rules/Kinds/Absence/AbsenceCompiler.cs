
namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles an absence rule: target, prior, key, strictness and the optional also_when.</summary>
internal static class AbsenceCompiler
{
    public static CompiledMechanism Compile(AbsenceMechanism a, MechanismContext c)
    {
        var subject = c.Subject;
        return new(new AbsenceEvaluator(c.Expr(a.Target, "target"), c.Expr(a.Prior, "prior"), c.Fields(a.Key, "key"), a.Strict,
            a.AlsoWhen is null ? null : c.Expr(a.AlsoWhen, "also_when"), subject));
    }
}
