namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Per subject: among entities with a <paramref name="Base"/> row (at least <paramref name="MinBase"/> of them), the share
/// that also have a <paramref name="Failure"/> row of the same subject at or after their first base row exceeds
/// <paramref name="Threshold"/>.
/// </summary>
public sealed record ShareMechanism(string Base, string Failure, string MinBase, string Threshold) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => ShareCompiler.Compile(this, context);
}
