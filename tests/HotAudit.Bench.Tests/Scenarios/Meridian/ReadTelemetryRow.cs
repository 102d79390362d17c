namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>A telemetry row read back from a written export, its timestamp in the case's local time.</summary>
internal sealed record ReadTelemetryRow(
    string App, string Version, string Device, string Event, DateTimeOffset Local, string? AppState, bool? UserInitiated,
    string? InstallMode, string? Transport);
