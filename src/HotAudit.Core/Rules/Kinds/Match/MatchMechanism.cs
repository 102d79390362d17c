namespace HotAudit.Core.Rules.Kinds;

/// <summary>Every row for which <paramref name="When"/> is true fires; with <paramref name="Value"/>, the count is the sum of that number over the rows.</summary>
public sealed record MatchMechanism(string When, string? Value = null) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => MatchCompiler.Compile(this, context);
}
