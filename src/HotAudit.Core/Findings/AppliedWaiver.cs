namespace HotAudit.Core.Findings;

/// <summary>A waiver as applied to a finding.</summary>
public sealed record AppliedWaiver(string Justification, string? ApprovedBy, DateTimeOffset Expires);
