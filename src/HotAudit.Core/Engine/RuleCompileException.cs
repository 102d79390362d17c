using HotAudit.Core.Rules;

namespace HotAudit.Core.Engine;

/// <summary>A rule that does not compile: names the rule, where it is written, and the problem.</summary>
public sealed class RuleCompileException(RuleDefinition rule, string problem)
    : Exception($"{rule.Location}: rule {rule.Id}: {problem}")
{
    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; } = rule;
}
