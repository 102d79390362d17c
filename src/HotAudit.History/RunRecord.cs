namespace HotAudit.History;

/// <summary>One assessment run to record.</summary>
/// <param name="RunKey">Unique key of the attempt (an inbox claim or a schedule occurrence): recording it twice records it once.</param>
/// <param name="Case">The case name runs are compared by (inbox folder name or schedule name).</param>
/// <param name="Source">inbox or schedule.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When its reports were in place.</param>
/// <param name="InputsSha256">SHA-256 over the inputs (each file's relative path and content).</param>
/// <param name="Overall">The overall verdict.</param>
/// <param name="TesterCode">The T/TAF 084.4 tester code.</param>
/// <param name="ReportDirectory">Where its reports are.</param>
/// <param name="Findings">Every finding.</param>
/// <param name="Resolved">How many findings of the previous run are gone.</param>
public sealed record RunRecord(
    string RunKey, string Case, string Source, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string InputsSha256,
    string Overall, string TesterCode, string ReportDirectory, IReadOnlyList<RunFinding> Findings, int Resolved);
