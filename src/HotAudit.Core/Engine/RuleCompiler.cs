using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Expressions;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>Compiles rule definitions against a case's symbols, with parameter overrides ("RULE.param" → value).</summary>
public sealed class RuleCompiler(SymbolTable symbols, IReadOnlyDictionary<string, string> overrides, TimeSpan? offset = null)
{
    /// <summary>Compiles a rule; throws <see cref="RuleCompileException"/> naming the rule and the problem.</summary>
    public CompiledRule Compile(RuleDefinition rule)
    {
        var parameters = Parameters(rule);
        if (rule.Mechanism is MonitorMechanism)
        {
            // Its subject (app_id, app_version, day) names the monitor's vectors, not row columns: nothing to compile.
            return new CompiledRule(rule, MonitorEvaluator.Instance, parameters, null);
        }
        var compiler = new Compiler(new FieldBinder(Schemas.For(rule.Source), symbols, offset), symbols, parameters);
        Evaluator Expr(string text, string where)
        {
            try
            {
                return compiler.Compile(text);
            }
            catch (ExpressionException e)
            {
                throw new RuleCompileException(rule, $"{where}: {e.Message} (at character {e.Position + 1} of \"{text}\")");
            }
        }
        Evaluator[] Fields(IEnumerable<string> exprs, string where) => exprs.Select(e => Expr(e, where)).ToArray();
        var subject = Fields(rule.Subject.Select(s => s.Expression), "subject");
        var compiled = Mechanism(rule, parameters, Expr, Fields, subject);
        compiled = new CompiledRule(rule, compiled.Evaluator, parameters, compiled.Share) { Check = Check(rule, parameters) };
        return rule.Note is null ? compiled : new CompiledRule(rule, compiled.Evaluator, parameters, compiled.Share)
        {
            Check = compiled.Check, Note = Expr(rule.Note, "note"), NoteZh = rule.NoteZh is { } zh ? Expr(zh, "note_zh") : null,
        };
    }

    private static CompiledRule Mechanism(RuleDefinition rule, IReadOnlyDictionary<string, object> parameters, Func<string, string, Evaluator> Expr,
        Func<IEnumerable<string>, string, Evaluator[]> Fields, Evaluator[] subject)
    {
        return rule.Mechanism switch
        {
            MatchMechanism m => new CompiledRule(rule, new MatchEvaluator(Expr(m.When, "when"), subject,
                m.Value is null ? null : Expr(m.Value, "value")), parameters, null),
            GapsMechanism g => new CompiledRule(rule, new GapsEvaluator(Expr(g.When, "when"), Duration(rule, g.MaxGap, parameters).Ticks, subject), parameters, null),
            SpanMechanism sp => new CompiledRule(rule, new SpanEvaluator(Expr(sp.When, "when"), Number(rule, sp.MinDays, parameters), subject), parameters, null),
            IncreasingMechanism inc => new CompiledRule(rule, new IncreasingEvaluator(Expr(inc.When, "when"), Expr(inc.Value, "value"),
                Fields(inc.Key, "key"), subject), parameters, null),
            AbsenceMechanism a => new CompiledRule(rule, new AbsenceEvaluator(Expr(a.Target, "target"), Expr(a.Prior, "prior"),
                Fields(a.Key, "key"), a.Strict, a.AlsoWhen is null ? null : Expr(a.AlsoWhen, "also_when"), subject), parameters, null),
            StateMechanism s => new CompiledRule(rule, new StateEvaluator(Expr(s.Target, "target"),
                s.Setters.Select(x => Expr(x.When, "states")).ToArray(), FireOn(rule, s), Fields(s.Key, "key"), s.Ties, subject), parameters, null),
            WindowMechanism w => new CompiledRule(rule, new WindowEvaluator(Expr(w.When, "when"), Duration(rule, w.Within, parameters).Ticks,
                Number(rule, w.Threshold, parameters), Fields(w.Key, "key"), subject), parameters, null),
            ShareMechanism sh => new CompiledRule(rule, new ShareEvaluator(Expr(sh.Base, "base"), Expr(sh.Failure, "failure"), subject),
                parameters, (Number(rule, sh.MinBase, parameters), Number(rule, sh.Threshold, parameters))),
            _ => throw new RuleCompileException(rule, "unknown mechanism"),
        };
    }

    /// <summary>For a threshold mechanism: which comparison, its threshold, and the window in days (window rules).</summary>
    private static ThresholdCheck? Check(RuleDefinition rule, IReadOnlyDictionary<string, object> parameters) => rule.Mechanism switch
    {
        ShareMechanism sh => new(ComputationKind.Share, Number(rule, sh.Threshold, parameters), 0),
        WindowMechanism w => new(ComputationKind.Window, Number(rule, w.Threshold, parameters), Days(Duration(rule, w.Within, parameters))),
        SpanMechanism sp => new(ComputationKind.Span, Number(rule, sp.MinDays, parameters), 0),
        GapsMechanism g => new(ComputationKind.Gaps, Days(Duration(rule, g.MaxGap, parameters)), 0),
        _ => null,
    };

    private static double Days(TimeSpan span) => span.Ticks / (double)TimeSpan.TicksPerDay;

    /// <summary>The parameters of a rule: defaults, then overrides.</summary>
    public IReadOnlyDictionary<string, object> Parameters(RuleDefinition rule)
    {
        var result = rule.Parameters.ToDictionary(p => p.Name, p => p.Default, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in overrides)
        {
            var dot = key.LastIndexOf('.');
            if (dot > 0 && key[..dot].Equals(rule.Id, StringComparison.OrdinalIgnoreCase))
            {
                var name = key[(dot + 1)..];
                if (!result.ContainsKey(name))
                {
                    throw new RuleCompileException(rule, $"has no parameter '{name}' (it has: {string.Join(", ", result.Keys)})");
                }
                result[name] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : value;
            }
        }
        return result;
    }

    private static int FireOn(RuleDefinition rule, StateMechanism s)
    {
        var i = s.Setters.ToList().FindIndex(x => x.Label == s.FireOn);
        return i >= 0 ? i : throw new RuleCompileException(rule, $"fire_on '{s.FireOn}' is not one of the states' labels");
    }

    private static object Resolve(RuleDefinition rule, string text, IReadOnlyDictionary<string, object> parameters) =>
        !text.StartsWith('$') ? text
        : parameters.TryGetValue(text[1..], out var v) ? v : throw new RuleCompileException(rule, $"unknown parameter {text}");

    private static TimeSpan Duration(RuleDefinition rule, string text, IReadOnlyDictionary<string, object> parameters) =>
        Durations.TryParse(Resolve(rule, text, parameters), out var d) ? d : throw new RuleCompileException(rule, $"'{text}' is not a duration such as 24h or 7d");

    private static double Number(RuleDefinition rule, string text, IReadOnlyDictionary<string, object> parameters)
    {
        var v = Resolve(rule, text, parameters);
        return v is double d ? d
            : double.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
            : throw new RuleCompileException(rule, $"'{text}' is not a number");
    }
}
