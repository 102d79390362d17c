using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HotAudit.Reporting;

namespace HotAudit.Worker.Streams.View;

/// <summary>
/// A stream as the web view and its live updates show it: the journal's counts and the newest evaluation's overall
/// verdict and findings (from its findings.json), the most severe first.
/// </summary>
internal static class StreamSummary
{
    private static readonly string[] SeverityOrder = ["critical", "high", "medium", "low", "info"];

    /// <summary>The newest evaluation's findings.json of a stream, or null before its first.</summary>
    public static string? FindingsFile(WorkerPaths paths, string stream) =>
        Path.Combine(ReportFolders.ForStream(paths, stream), ReportWriter.JsonFile) is var f && File.Exists(f) ? f : null;

    public static JsonObject Of(LiveStream stream, WorkerPaths paths)
    {
        var journal = stream.Journal;
        var summary = new JsonObject
        {
            ["name"] = stream.Name,
            ["batches"] = journal.LastBatch,
            ["rows"] = journal.Rows,
            ["newest_event"] = journal.NewestTs is { } ts ? new DateTimeOffset(ts, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture) : null,
            ["findings_url"] = $"/api/v1/streams/{stream.Name}/findings",
        };
        if (FindingsFile(paths, stream.Name) is not { } file)
        {
            return summary;
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = doc.RootElement;
        summary["overall"] = root.GetProperty("overall").GetString();
        summary["evaluated_at"] = root.GetProperty("created_at").GetString();
        var findings = root.GetProperty("findings").EnumerateArray()
            .OrderBy(f => Array.IndexOf(SeverityOrder, f.GetProperty("severity").GetString()))
            .Select(f => (JsonNode)new JsonObject
            {
                ["id"] = f.GetProperty("id").GetString(),
                ["rule_id"] = f.GetProperty("rule_id").GetString(),
                ["severity"] = f.GetProperty("severity").GetString(),
                ["subject"] = string.Join(" ", f.GetProperty("subject").EnumerateObject().Select(p => $"{p.Name}={p.Value}")),
                ["count"] = f.GetProperty("count").GetInt64(),
                ["change"] = f.TryGetProperty("change", out var c) ? c.GetString() : null,
            }).ToArray();
        summary["findings"] = new JsonArray(findings);
        return summary;
    }
}
