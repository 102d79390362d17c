namespace HotAudit.Core.Engine;

/// <summary>What the telemetry pass found over all partitions.</summary>
/// <param name="Partials">The merged partial of each telemetry rule, in the order the rules were given.</param>
/// <param name="Observed">The merged partial of each observer, in the order the observers were given.</param>
/// <param name="Duplicates">Duplicate telemetry rows dropped, per file index.</param>
internal sealed record TelemetryOutcome(RulePartial[] Partials, IDevicePartial[] Observed, long[] Duplicates);
