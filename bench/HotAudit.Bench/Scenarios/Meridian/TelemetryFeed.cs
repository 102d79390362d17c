namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>Which pipeline an app's SDK reports through, and so which export its telemetry lands in.</summary>
internal enum TelemetryFeed
{
    /// <summary>The native (Tinker-style) SDK: the monthly Excel-made export, CSV with BOM and Chinese headers, local times.</summary>
    MonthlyCsv,

    /// <summary>The React Native / Flutter SDK: the collector's weekly JSON Lines stream, gzip, epoch milliseconds.</summary>
    Stream,
}
