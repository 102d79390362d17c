namespace HotAudit.Anomalies.Features;

/// <summary>One vector's identity: app and app version (symbols) and the local day (days since 0001-01-01).</summary>
internal readonly record struct DayKey(int App, int Version, int Day);
