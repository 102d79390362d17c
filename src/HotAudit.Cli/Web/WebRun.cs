using HotAudit.History;

namespace HotAudit.Cli.Web;

/// <summary>A run as <c>/api/runs</c> shows it (no server paths).</summary>
internal sealed record WebRun(
    long Id, string Case, string Source, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Overall, string TesterCode,
    SeverityCounts Severities, int New, int Unchanged, int Resolved, string Html, string Xlsx)
{
    public static WebRun Of(RunSummary r) => new(
        r.Id, r.Case, r.Source, r.StartedAt, r.FinishedAt, r.Overall, r.TesterCode, r.Severities, r.New, r.Unchanged, r.Resolved,
        $"/runs/{r.Id}/report.html", $"/runs/{r.Id}/report.xlsx");
}
