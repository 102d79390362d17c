namespace HotAudit.Samples;

/// <summary>
/// One finding the generated data causes, as findings.json reports it: the rule, its subject (keys as RULES.md names
/// them) and count, and what caused it in words.
/// </summary>
internal sealed record Violation(string RuleId, IReadOnlyList<KeyValuePair<string, string>> Subject, long Count, string Cause);
