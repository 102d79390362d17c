namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Rows matching <paramref name="When"/> in time order per key: fires when <paramref name="Value"/> (an integer) is not
/// above every earlier value of the same key; a non-integer value is not judged (HU-DST-04).
/// </summary>
public sealed record IncreasingMechanism(string When, string Value, IReadOnlyList<string> Key) : Mechanism
{
    /// <summary>Reads the rule's <c>when</c>, <c>value</c> and optional <c>key</c>.</summary>
    public static IncreasingMechanism Read(IRuleFields f) =>
        new(f.String("when", required: true) ?? "false", f.String("value", required: true) ?? "null", f.Strings("key"));

    internal override CompiledMechanism Compile(MechanismContext c)
    {
        var subject = c.Subject;
        return new(new IncreasingEvaluator(c.Expr(When, "when"), c.Expr(Value, "value"), c.Fields(Key, "key"), subject, c.Guard(When)));
    }
}
