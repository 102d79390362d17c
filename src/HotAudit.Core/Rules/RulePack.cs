namespace HotAudit.Core.Rules;

/// <summary>A pack of rules from one YAML file, with its version and the SHA-256 of its content.</summary>
public sealed record RulePack(string Name, string Version, string Description, string File, string Sha256, IReadOnlyList<RuleDefinition> Rules);
