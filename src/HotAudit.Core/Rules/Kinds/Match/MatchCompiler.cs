using HotAudit.Core.Engine;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a match rule: its filter and optional value.</summary>
internal static class MatchCompiler
{
    public static CompiledMechanism Compile(MatchMechanism m, MechanismContext c)
    {
        var subject = c.Subject;
        return new(new MatchEvaluator(c.Expr(m.When, "when"), subject, m.Value is null ? null : c.Expr(m.Value, "value")));
    }
}
