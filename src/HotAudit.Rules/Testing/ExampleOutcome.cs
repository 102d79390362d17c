using HotAudit.Core.Rules;

namespace HotAudit.Rules.Testing;

/// <summary>The result of running one rule example.</summary>
public sealed record ExampleOutcome(RuleDefinition Rule, RuleExample Example, bool Passed, string Detail);
