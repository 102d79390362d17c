namespace HotAudit.History;

/// <summary>One recorded run, as <c>hotaudit history</c> lists it.</summary>
/// <param name="Id">The run's number in the history.</param>
/// <param name="Case">The case.</param>
/// <param name="Source">inbox or schedule.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="InputsSha256">SHA-256 over its inputs.</param>
/// <param name="Overall">The overall verdict.</param>
/// <param name="TesterCode">The tester code.</param>
/// <param name="Severities">Findings by severity.</param>
/// <param name="New">Findings not in the previous run of the case.</param>
/// <param name="Unchanged">Findings also in the previous run.</param>
/// <param name="Resolved">Findings of the previous run that are gone.</param>
/// <param name="ReportDirectory">Where its reports are.</param>
public sealed record RunSummary(
    long Id, string Case, string Source, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string InputsSha256,
    string Overall, string TesterCode, SeverityCounts Severities, int New, int Unchanged, int Resolved, string ReportDirectory);
