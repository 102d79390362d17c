namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>An operation-log row read back from a written export, its timestamp in the case's local time.</summary>
internal sealed record ReadOperationRow(string OpId, string Operator, string Action, string App, string? Version, DateTimeOffset Local);
