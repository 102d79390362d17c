using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Expressions;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>Compiles rule definitions against a case's symbols, with parameter overrides ("RULE.param" → value).</summary>
public sealed class RuleCompiler(SymbolTable symbols, IReadOnlyDictionary<string, string> overrides, TimeSpan? offset = null)
{
    /// <summary>Compiles a rule only to find its mistakes; throws <see cref="RuleCompileException"/> naming the rule and the problem.</summary>
    public void Check(RuleDefinition rule) => _ = Compile(rule);

    /// <summary>Compiles a rule; throws <see cref="RuleCompileException"/> naming the rule and the problem.</summary>
    internal CompiledRule Compile(RuleDefinition rule)
    {
        var parameters = Parameters(rule);
        var context = new MechanismContext(rule, parameters,
            () => new Compiler(new FieldBinder(Schemas.For(rule.Source), symbols, offset), symbols, parameters));
        var mechanism = rule.Mechanism.Compile(context);
        var compiled = new CompiledRule(rule, mechanism.Evaluator, parameters, mechanism.Share) { Check = mechanism.Check };
        // A monitor rule's note is the monitor's explanation, not an expression over rows.
        return rule.Note is null || rule.Mechanism is MonitorMechanism ? compiled : new CompiledRule(rule, compiled.Evaluator, parameters, compiled.Share)
        {
            Check = compiled.Check, Note = context.Expr(rule.Note, "note"), NoteZh = rule.NoteZh is { } zh ? context.Expr(zh, "note_zh") : null,
        };
    }

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
}
