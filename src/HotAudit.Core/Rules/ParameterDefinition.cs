namespace HotAudit.Core.Rules;

/// <summary>A rule parameter with its default (a number, a string, or a duration such as <c>24h</c>).</summary>
public sealed record ParameterDefinition(string Name, object Default, string Description);
