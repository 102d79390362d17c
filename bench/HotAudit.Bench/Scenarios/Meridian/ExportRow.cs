namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>One row of a telemetry export: which event, when the collector received it (case seconds), and whether it is a broken copy.</summary>
internal readonly record struct ExportRow(int Event, long Arrival, Mangle Mangle = Mangle.None);
