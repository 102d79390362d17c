using System.Globalization;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// What a kind's compiler needs of the rule: its expressions compiled against the case (errors name the rule and the
/// field), its subject, and its parameters resolved ("$name") as durations or numbers.
/// </summary>
internal sealed class MechanismContext(RuleDefinition rule, IReadOnlyDictionary<string, object> parameters, Func<Compiler> newCompiler)
{
    private Compiler? _compiler;
    private Evaluator[]? _subject;

    public RuleDefinition Rule => rule;

    /// <summary>The subject's expressions, compiled on first use (a kind's compiler reads it first, so its errors come first).</summary>
    public Evaluator[] Subject => _subject ??= Fields(rule.Subject.Select(s => s.Expression), "subject");

    public Evaluator Expr(string text, string where)
    {
        try
        {
            return (_compiler ??= newCompiler()).Compile(text);
        }
        catch (ExpressionException e)
        {
            throw new RuleCompileException(rule, $"{where}: {e.Message} (at character {e.Position + 1} of \"{text}\")");
        }
    }

    /// <summary>
    /// The rows the mechanism can skip: those for which each of <paramref name="filters"/> (compiled first with
    /// <see cref="Expr"/>; null ones ignored) is certainly false, told by their <c>event</c> alone.
    /// </summary>
    public EventGuard Guard(params string?[] filters) => (_compiler ??= newCompiler()).Guard(filters.OfType<string>());

    public Evaluator[] Fields(IEnumerable<string> exprs, string where) => exprs.Select(e => Expr(e, where)).ToArray();

    public TimeSpan Duration(string text) =>
        Durations.TryParse(Resolve(text), out var d) ? d : throw new RuleCompileException(rule, $"'{text}' is not a duration such as 24h or 7d");

    public double Number(string text)
    {
        var v = Resolve(text);
        return v is double d ? d
            : double.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
            : throw new RuleCompileException(rule, $"'{text}' is not a number");
    }

    public static double Days(TimeSpan span) => span.Ticks / (double)TimeSpan.TicksPerDay;

    private object Resolve(string text) =>
        !text.StartsWith('$') ? text
        : parameters.TryGetValue(text[1..], out var v) ? v : throw new RuleCompileException(rule, $"unknown parameter {text}");
}
