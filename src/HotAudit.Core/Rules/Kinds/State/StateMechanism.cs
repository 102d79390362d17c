using HotAudit.Core.Engine;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// A <paramref name="Target"/> row fires when the entity's state for its key — the latest setter at or before the
/// row's instant — is <paramref name="FireOn"/> (e.g. latest consent answer is a denial).
/// </summary>
public sealed record StateMechanism(string Target, IReadOnlyList<StateSetter> Setters, string FireOn, IReadOnlyList<string> Key, TieRule Ties) : Mechanism
{
    /// <summary>Reads the rule's <c>target</c>, <c>states</c> (label: setter, in written order), <c>fire_on</c> and optional <c>key</c>, <c>ties</c>.</summary>
    public static StateMechanism Read(IRuleFields f)
    {
        var setters = f.Pairs("states").Select(p => new StateSetter(p.Value ?? "false", p.Key)).ToList();
        var ties = f.String("ties") switch
        {
            null or "undecided" => TieRule.Undecided,
            "file_order" => TieRule.FileOrder,
            var t => Bad(f, $"ties must be undecided or file_order, not '{t}'"),
        };
        return new(f.String("target", required: true) ?? "false", setters, f.String("fire_on", required: true) ?? "", f.Strings("key"), ties);
    }

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        return new(new StateEvaluator(c.Expr(Target, "target"), Setters.Select(x => c.Expr(x.When, "states")).ToArray(),
            FireOnIndex(c.Rule), c.Fields(Key, "key"), Ties, subject, c.Guard([Target, .. Setters.Select(x => x.When)])));
    }

    private int FireOnIndex(RuleDefinition rule)
    {
        var i = Setters.ToList().FindIndex(x => x.Label == FireOn);
        return i >= 0 ? i : throw new RuleCompileException(rule, $"fire_on '{FireOn}' is not one of the states' labels");
    }

    private static TieRule Bad(IRuleFields f, string message)
    {
        f.Problem(message);
        return TieRule.Undecided;
    }
}
