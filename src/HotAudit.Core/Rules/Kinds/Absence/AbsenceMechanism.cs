namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// A <paramref name="Target"/> row with no <paramref name="Prior"/> row of the same entity and key before it
/// ("B with no A before it"). Ties count as before unless <paramref name="Strict"/>, when the prior must be strictly
/// earlier. <paramref name="AlsoWhen"/> fires a target regardless of priors.
/// </summary>
public sealed record AbsenceMechanism(string Target, string Prior, IReadOnlyList<string> Key, bool Strict, string? AlsoWhen) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => AbsenceCompiler.Compile(this, context);
}
