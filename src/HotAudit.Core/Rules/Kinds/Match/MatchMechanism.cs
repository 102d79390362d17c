namespace HotAudit.Core.Rules.Kinds;

/// <summary>Every row for which <paramref name="When"/> is true fires; with <paramref name="Value"/>, the count is the sum of that number over the rows.</summary>
public sealed record MatchMechanism(string When, string? Value = null) : Mechanism
{
    /// <summary>Reads the rule's <c>when</c> and optional <c>value</c>.</summary>
    public static MatchMechanism Read(IRuleFields f) => new(f.String("when", required: true) ?? "false", f.String("value"));

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        return new(new MatchEvaluator(c.Expr(When, "when"), subject, Value is null ? null : c.Expr(Value, "value"), c.Guard(When)));
    }
}
