namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// More than <paramref name="Threshold"/> rows matching <paramref name="When"/> within any sliding window of
/// <paramref name="Within"/> (closed at both ends), per entity, subject and key.
/// </summary>
public sealed record WindowMechanism(string When, string Within, string Threshold, IReadOnlyList<string> Key) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => WindowCompiler.Compile(this, context);
}
