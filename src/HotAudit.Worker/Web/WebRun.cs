using HotAudit.History;

namespace HotAudit.Worker.Web;

/// <summary>A run as <c>/api/runs</c> shows it (no server paths).</summary>
internal sealed record WebRun(
    long Id, string Case, string Source, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Overall, string TesterCode,
    SeverityCounts Severities, int New, int Unchanged, int Resolved, string? Html, string? Xlsx)
{
    public static WebRun Of(RunSummary r, IReadOnlyList<RunSummary> all) => HoldsItsReports(r, all)
        ? new(r.Id, r.Case, r.Source, r.StartedAt, r.FinishedAt, r.Overall, r.TesterCode, r.Severities, r.New, r.Unchanged, r.Resolved,
            $"/runs/{r.Id}/report.html", $"/runs/{r.Id}/report.xlsx")
        : new(r.Id, r.Case, r.Source, r.StartedAt, r.FinishedAt, r.Overall, r.TesterCode, r.Severities, r.New, r.Unchanged, r.Resolved, null, null);

    /// <summary>
    /// Whether the run's report folder still holds its reports: an inbox case's folder is reused by the next delivery of
    /// the same name, so only the newest run recorded with a folder owns what is in it.
    /// </summary>
    public static bool HoldsItsReports(RunSummary run, IReadOnlyList<RunSummary> all) =>
        !all.Any(r => r.Id > run.Id && string.Equals(r.ReportDirectory, run.ReportDirectory, StringComparison.Ordinal));
}
