namespace HotAudit.Anomalies.Scoring;

/// <summary>A feature's usual range over the trailing window (10th to 90th percentile), for explanations.</summary>
internal readonly record struct Usual(double Low, double High);
