using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Core.Rules;

/// <summary>
/// How a rule fires: one of the engine's general mechanisms, with its expressions still as text. Each kind keeps its
/// mechanism (how a pack's fields become it, how it compiles) and its evaluator in its own folder under <c>Rules/Kinds</c>.
/// </summary>
public abstract record Mechanism
{
    private static readonly Dictionary<string, Func<IRuleFields, Mechanism>> Readers = new(StringComparer.Ordinal)
    {
        ["match"] = MatchMechanism.Read,
        ["absence"] = AbsenceMechanism.Read,
        ["state"] = StateMechanism.Read,
        ["window"] = WindowMechanism.Read,
        ["share"] = ShareMechanism.Read,
        ["gaps"] = GapsMechanism.Read,
        ["span"] = SpanMechanism.Read,
        ["increasing"] = IncreasingMechanism.Read,
        ["monitor"] = MonitorMechanism.Read,
    };

    /// <summary>The names a rule's <c>kind</c> takes, in the order RULES.md gives them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Readers.Keys];

    /// <summary>The mechanism of a rule of <paramref name="kind"/> read from its fields; null for a kind not in <see cref="Kinds"/>.</summary>
    public static Mechanism? Read(string? kind, IRuleFields fields) =>
        kind is not null && Readers.TryGetValue(kind, out var read) ? read(fields) : null;

    /// <summary>Compiles this kind's expressions and parameters into its evaluator.</summary>
    internal abstract CompiledMechanism Compile(MechanismContext context);
}
