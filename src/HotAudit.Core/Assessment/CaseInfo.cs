namespace HotAudit.Core.Assessment;

/// <summary>The case being assessed.</summary>
/// <param name="Id">Case id shown in reports.</param>
/// <param name="Scenario">The scenario in effect.</param>
/// <param name="Offset">The case's local offset (for timestamps without one and for days in reports).</param>
/// <param name="PeriodFrom">Start of the assessment period (UTC ticks).</param>
/// <param name="PeriodUntil">End of the assessment period (UTC ticks).</param>
/// <param name="PeriodFromData">Whether the period was inferred from the data.</param>
/// <param name="StandardLabel">Label of the hot-update standard (default <c>TAF-HU</c>).</param>
/// <param name="App">The app under test, if named.</param>
public sealed record CaseInfo(
    string Id, Scenario Scenario, TimeSpan Offset, long PeriodFrom, long PeriodUntil, bool PeriodFromData,
    string StandardLabel, AppUnderTest? App)
{
    /// <summary>Whether the case has a period at all (a case without any accepted row and no period in its case file has none).</summary>
    public bool HasPeriod => PeriodFrom != 0 || PeriodUntil != 0;
}
