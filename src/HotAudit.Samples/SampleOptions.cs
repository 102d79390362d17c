namespace HotAudit.Samples;

/// <summary>What <c>hotaudit samples</c> generates.</summary>
/// <param name="Directory">The case folder to write (truth.json goes beside it).</param>
/// <param name="Devices">Devices across all apps.</param>
/// <param name="Days">Days of traffic.</param>
/// <param name="Seed">Seed: the same seed gives the same bytes.</param>
/// <param name="Inject">Injections: burst, silent, failure, http, unapproved, badrows; empty for a clean case.</param>
/// <param name="External">External provision: a tenants file for the apps.</param>
/// <param name="Activity">Scales how often a device is active on a day (1 = as drawn); the benchmark uses a small value to
/// spread few events per device over many devices and days.</param>
/// <param name="CsvShare">The share of the days (from the first) whose telemetry goes to the CSV file; the rest go to the
/// JSON Lines file (0.5: the first half of the days as CSV, the second as JSON Lines).</param>
public sealed record SampleOptions(
    string Directory, int Devices, int Days, int Seed, IReadOnlyList<string> Inject, bool External, double Activity = 1, double CsvShare = 0.5)
{
    /// <summary>The injection of rows the contract rejects (not an anomaly day).</summary>
    public const string BadRows = "badrows";

    /// <summary>Every injection <c>--inject</c> takes.</summary>
    public static readonly string[] Kinds = ["burst", "silent", "failure", "http", "unapproved", BadRows];

    /// <summary>Local offset of the generated case.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>First local day of traffic.</summary>
    public static readonly DateOnly Start = new(2026, 3, 2);
}
