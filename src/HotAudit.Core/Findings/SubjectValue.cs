namespace HotAudit.Core.Findings;

/// <summary>One key of a finding's subject and its value (null when the row had none).</summary>
public sealed record SubjectValue(string Key, string? Value);
