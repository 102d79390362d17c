namespace HotAudit.Bench.Scenarios;

/// <summary>
/// One injected anomaly: the vector (app id, app version, day in the case's local time) and its kind and strength.
/// </summary>
/// <param name="Kind">One of <see cref="AnomalyKinds"/>.</param>
/// <param name="Strength">The kind's measure on that day, in the unit <see cref="AnomalyKinds.Unit"/> names.</param>
internal sealed record InjectedAnomaly(string AppId, string AppVersion, DateOnly Day, string Kind, double Strength);
