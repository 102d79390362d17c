namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// A <paramref name="Target"/> row with no <paramref name="Prior"/> row of the same entity and key before it
/// ("B with no A before it"). Ties count as before unless <paramref name="Strict"/>, when the prior must be strictly
/// earlier. <paramref name="AlsoWhen"/> fires a target regardless of priors.
/// </summary>
public sealed record AbsenceMechanism(string Target, string Prior, IReadOnlyList<string> Key, bool Strict, string? AlsoWhen) : Mechanism
{
    /// <summary>Reads the rule's <c>target</c>, <c>prior</c> and optional <c>key</c>, <c>strict</c>, <c>also_when</c>.</summary>
    public static AbsenceMechanism Read(IRuleFields f) =>
        new(f.String("target", required: true) ?? "false", f.String("prior", required: true) ?? "false",
            f.Strings("key"), f.String("strict") == "true", f.String("also_when"));

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        return new(new AbsenceEvaluator(c.Expr(Target, "target"), c.Expr(Prior, "prior"), c.Fields(Key, "key"), Strict,
            AlsoWhen is null ? null : c.Expr(AlsoWhen, "also_when"), subject, c.Guard(Target, Prior, AlsoWhen)));
    }
}
