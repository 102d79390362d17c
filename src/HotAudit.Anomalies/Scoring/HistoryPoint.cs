namespace HotAudit.Anomalies.Scoring;

/// <summary>One earlier value of a feature and its device base (0 for counts).</summary>
internal readonly record struct HistoryPoint(double Value, int Base);
