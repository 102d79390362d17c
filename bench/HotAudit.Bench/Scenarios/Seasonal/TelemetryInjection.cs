namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>A telemetry anomaly waiting, from day <paramref name="From"/> on, for a vector whose base is large enough.</summary>
/// <param name="Nominal">The share to reach, or for apply_rate_spike the multiple of the vector's usual rate.</param>
internal sealed record TelemetryInjection(string Kind, double Nominal, int From);
