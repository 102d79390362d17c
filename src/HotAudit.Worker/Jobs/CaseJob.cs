namespace HotAudit.Worker;

/// <summary>One assessment the worker runs.</summary>
/// <param name="RunKey">Unique key of the attempt; the history records it at most once.</param>
/// <param name="Case">The case name runs are compared by.</param>
/// <param name="Source">inbox or schedule.</param>
/// <param name="CaseDirectory">The folder to assess.</param>
/// <param name="ReportDirectory">Where the reports land, as a whole.</param>
/// <param name="Since">Start of the assessment period, when the job sets one.</param>
/// <param name="LockKey">What must not be assessed twice at once (default: the case name; a schedule's source folder).</param>
/// <param name="Scenario">The scenario, when the job sets one (a stream's <c>Scenario</c>).</param>
/// <param name="Mapping">The mapping, when the job sets one (a stream's <c>Mapping</c>).</param>
/// <param name="KeepsMonitor">Whether the anomaly monitor judges with the case's kept days and keeps tonight's (not for a stream: its window holds its days whole).</param>
/// <param name="Parallelism">Cores the assessment uses at once; null for every core.</param>
internal sealed record CaseJob(
    string RunKey, string Case, string Source, string CaseDirectory, string ReportDirectory, DateTimeOffset? Since = null, string? LockKey = null,
    HotAudit.Core.Assessment.Scenario? Scenario = null, string? Mapping = null, bool KeepsMonitor = true, int? Parallelism = null);
