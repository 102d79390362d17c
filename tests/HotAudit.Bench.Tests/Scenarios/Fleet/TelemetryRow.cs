namespace HotAudit.Bench.Tests.Scenarios.Fleet;

/// <summary>One telemetry row as read back: its file, its instant at +08:00 (null if unreadable) and its fields.</summary>
internal sealed record TelemetryRow(string File, DateTime? Local, IReadOnlyDictionary<string, string> Fields);
