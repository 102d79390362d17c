namespace HotAudit.Anomalies.Features;

/// <summary>One (app, app version, local day) with its feature values (null = left out) and bases, in catalog order.</summary>
internal sealed record DailyVector(string AppId, string AppVersion, DateOnly Day, double?[] Values, int[] Bases);
