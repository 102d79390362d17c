using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>Puts the results of a telemetry file's chunks back together into what reading the whole file would have given.</summary>
internal static class TelemetryReports
{
    /// <summary>Each telemetry file's report; its rejections and issues (capped per file) and its time span go into <paramref name="state"/>.</summary>
    public static IEnumerable<(int File, InputFileReport Report)> Assemble(
        IReadOnlyList<CaseInput> inputs, ChunkPlan plan, IReadOnlyList<ChunkResult> chunks, IngestState state, CaseMapping? mapping)
    {
        var cap = DataQualityReport.RejectionDetailCap;
        foreach (var file in chunks.GroupBy(c => c.File).OrderBy(g => g.Key))
        {
            var parts = file.OrderBy(c => c.ChunkId).ToList();
            var input = inputs[file.Key];
            state.Rejections.AddRange(parts.SelectMany(p => p.Rejections).Take(cap));
            state.Issues.AddRange(parts.SelectMany(p => p.Issues).Take(cap));
            var issues = parts.Sum(p => p.IssueCount);
            if (issues > cap)
            {
                state.Issues.Add(FileSink.MoreIssues(input.Name, issues));
            }
            var first = parts.Min(p => p.FirstTs);
            var last = parts.Max(p => p.LastTs);
            if (first is { } f && last is { } l)
            {
                state.Span.Saw(f);
                state.Span.Saw(l);
            }
            var encoding = parts.Select(p => p.Encoding).FirstOrDefault(e => e.Length > 0) ?? string.Empty;
            yield return (file.Key, new InputFileReport(input.Name, InputKind.Telemetry, FormatName(input, mapping), encoding,
                parts.Sum(p => p.Rows), parts.Sum(p => p.Rejected), 0, first, last, plan.Sha256.GetValueOrDefault(file.Key) ?? parts[0].Sha256,
                parts.Select(p => p.Error).FirstOrDefault(e => e is not null)));
        }
    }

    /// <summary>The format as the data-quality report names it: with the mapping's name when one renamed the headers.</summary>
    public static string FormatName(CaseInput input, CaseMapping? mapping) =>
        mapping?.For(input.Kind) is null ? input.Format.Name : $"{input.Format.Name} (mapping: {mapping.Name})";
}
