using HotAudit.Core.Assessment;
using HotAudit.Core.Findings;
using HotAudit.History;

namespace HotAudit.Worker;

/// <summary>Turns an assessment into the run the history records.</summary>
internal static class RunRecords
{
    public static RunRecord Of(CaseJob job, AssessmentResult result, DateTimeOffset started, DateTimeOffset finished, string inputsSha256) =>
        new(job.RunKey, job.Case, job.Source, started, finished, inputsSha256, result.Overall, result.TesterCode ?? "", job.ReportDirectory,
            [.. result.Findings.Select(Finding)], result.Resolved.Count);

    private static RunFinding Finding(Finding f) => new(
        f.Id, f.Rule.Id, f.Subject, f.Count, f.Rule.Severity, f.Rule.Basis, f.Rule.Clauses, f.Rule.Title,
        f.FirstSeen ?? 0, f.LastSeen ?? 0, f.Change?.ToString().ToLowerInvariant() ?? "");
}
