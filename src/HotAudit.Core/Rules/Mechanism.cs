using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Core.Rules;

/// <summary>
/// How a rule fires: one of the engine's general mechanisms, with its expressions still as text. Each kind keeps its
/// mechanism, compiler and evaluator in its own folder under <c>Rules/Kinds</c>.
/// </summary>
public abstract record Mechanism
{
    /// <summary>Compiles this kind's expressions and parameters into its evaluator.</summary>
    internal abstract CompiledMechanism Compile(MechanismContext context);
}
