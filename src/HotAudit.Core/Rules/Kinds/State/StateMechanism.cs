namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// A <paramref name="Target"/> row fires when the entity's state for its key — the latest setter at or before the
/// row's instant — is <paramref name="FireOn"/> (e.g. latest consent answer is a denial).
/// </summary>
public sealed record StateMechanism(string Target, IReadOnlyList<StateSetter> Setters, string FireOn, IReadOnlyList<string> Key, TieRule Ties) : Mechanism
{
    internal override CompiledMechanism Compile(MechanismContext context) => StateCompiler.Compile(this, context);
}
