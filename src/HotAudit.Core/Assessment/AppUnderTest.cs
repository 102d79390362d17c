namespace HotAudit.Core.Assessment;

/// <summary>The T/TAF 084.4 to-be-signed record of the app under test, when the case names one.</summary>
public sealed record AppUnderTest(string? Name, string? Version, string? Developer, string? Hash);
