namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Dataset assertion: the whole days, rounded down, from the earliest row matching <paramref name="When"/> to the period
/// end; fires when below <paramref name="MinDays"/> (also at 0), with that number as the count (HU-LOG-02).
/// </summary>
public sealed record SpanMechanism(string When, string MinDays) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => SpanCompiler.Compile(this, context);
}
