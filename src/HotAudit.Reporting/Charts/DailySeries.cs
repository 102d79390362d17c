namespace HotAudit.Reporting.Charts;

/// <summary>One app's daily values of the monitor's features over the case's days (null where the monitor had none).</summary>
/// <param name="AppId">The app.</param>
/// <param name="Days">Every day from the first to the last scored day of the case.</param>
/// <param name="Values">Feature name → one value per day.</param>
/// <param name="FlaggedDays">Days the monitor flagged for this app (any app version).</param>
internal sealed record DailySeries(
    string AppId, IReadOnlyList<DateOnly> Days, IReadOnlyDictionary<string, IReadOnlyList<double?>> Values, IReadOnlyList<DateOnly> FlaggedDays);
