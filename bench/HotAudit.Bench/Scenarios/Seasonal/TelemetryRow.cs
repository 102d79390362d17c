namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>One telemetry event, compact (a case holds about a million): local ticks, who, what, which patch.</summary>
/// <param name="Patch">Index into the version's patches, or -1.</param>
/// <param name="Error">0, or an index into <see cref="TelemetryRows.ErrorCodes"/>.</param>
internal readonly record struct TelemetryRow(
    long Ticks, int Serial, byte App, byte Version, int Device, TelemetryEvent Event, short Patch, RowFlags Flags, byte Error);
