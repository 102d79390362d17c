using HotAudit.Core.Quality;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>
/// An event log file of which every row was rejected gave nothing to assess: it is an error of the run like a file that
/// cannot be read (the rest is assessed, the reports say so, the run exits 2), with the header it could not map named.
/// </summary>
internal static class UnusableFiles
{
    public static IngestResult Mark(string caseDirectory, IngestResult ingest)
    {
        var unusable = ingest.Files.Where(RejectedFileDiagnosis.AllRejected).ToList();
        if (unusable.Count == 0)
        {
            return ingest;
        }
        var described = unusable.ToDictionary(f => f.Name, f => RejectedFileDiagnosis.Describe(caseDirectory, f, ingest.Rejections));
        return ingest with
        {
            Files = [.. ingest.Files.Select(f => described.TryGetValue(f.Name, out var why) ? f with { Error = why } : f)],
            Errors = [.. ingest.Errors, .. described.Select(d => RunMessages.FileError.Format(d.Key, d.Value))],
        };
    }
}
