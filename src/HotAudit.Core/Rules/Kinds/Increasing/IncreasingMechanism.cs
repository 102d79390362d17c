namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Rows matching <paramref name="When"/> in time order per key: fires when <paramref name="Value"/> (an integer) is not
/// above every earlier value of the same key; a non-integer value is not judged (HU-DST-04).
/// </summary>
public sealed record IncreasingMechanism(string When, string Value, IReadOnlyList<string> Key) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => IncreasingCompiler.Compile(this, context);
}
