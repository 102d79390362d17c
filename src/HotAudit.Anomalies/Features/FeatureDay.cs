namespace HotAudit.Anomalies.Features;

/// <summary>What a feature of one (app, app version, day) is read from.</summary>
/// <param name="Telemetry">The day's telemetry (empty when none).</param>
/// <param name="Operations">The day's operations (empty when none).</param>
/// <param name="TelemetryBefore">The same version's telemetry of the day before; null when it had none.</param>
/// <param name="OperationsBefore">The same version's operations of the day before; null when it had none.</param>
/// <param name="LoggedBoth">Whether the operation log covers the day and the day before (no row there means no release).</param>
/// <param name="MinBase">Devices a share or rate needs.</param>
internal sealed record FeatureDay(DayTally Telemetry, OperationDay Operations, DayTally? TelemetryBefore, OperationDay? OperationsBefore, bool LoggedBoth, int MinBase);
