namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The five telemetry exports of a fleet case, as different pipelines deliver them:
/// <list type="number">
/// <item><c>telemetry-cn-1.csv</c>: UTF-8 with BOM, canonical headers, case-local times without offset;</item>
/// <item><c>telemetry-cn-2.csv.gz</c>: gzip, Chinese headers, times with +08:00;</item>
/// <item><c>telemetry-intl.jsonl</c>: devices abroad, each time on the device's own clock and offset;</item>
/// <item><c>telemetry-sdk-legacy.csv</c>: semicolons, upper-case headers in another order, epoch milliseconds;</item>
/// <item><c>telemetry-late.jsonl.gz</c>: rows that arrived late, in no order, epoch seconds.</item>
/// </list>
/// </summary>
internal static class TelemetryExports
{
    public const int Late = 4;
    public const int Legacy = 3;
    public const int Abroad = 2;

    public static readonly string[] Names =
    [
        "telemetry-cn-1.csv", "telemetry-cn-2.csv.gz", "telemetry-intl.jsonl", "telemetry-sdk-legacy.csv", "telemetry-late.jsonl.gz",
    ];

    /// <summary>Column order of the legacy export (indexes into <see cref="TelemetryColumns.Canonical"/>).</summary>
    public static readonly int[] LegacyOrder = [3, 5, 0, 1, 6, 7, 8, 2, 4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];

    public static TelemetryFile[] Open(string dir)
    {
        var all = Enumerable.Range(0, TelemetryColumns.Canonical.Length).ToArray();
        var upper = TelemetryColumns.Canonical.Select(c => c.ToUpperInvariant()).ToArray();
        return
        [
            TelemetryFile.Csv(Path.Combine(dir, Names[0]), false, true, ',', TelemetryColumns.Canonical, all, Timestamps.CaseLocal),
            TelemetryFile.Csv(Path.Combine(dir, Names[1]), true, false, ',', TelemetryColumns.Chinese, all, Timestamps.WithCaseOffset),
            TelemetryFile.Json(Path.Combine(dir, Names[2]), false, Timestamps.DeviceClock),
            TelemetryFile.Csv(Path.Combine(dir, Names[3]), false, false, ';', upper, LegacyOrder, Timestamps.EpochMilliseconds),
            TelemetryFile.Json(Path.Combine(dir, Names[4]), true, Timestamps.EpochSeconds),
        ];
    }
}
