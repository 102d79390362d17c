using System.Text.Json;
using System.Text.Json.Nodes;

namespace HotAudit.Worker.Alerts;

/// <summary>
/// The alerts of one evaluation: each finding of its findings.json marked <c>new</c> (new since the previous
/// evaluation of the stream; at a stream's first evaluation, with nothing to compare, every finding), as one JSON object with the finding's id, rule, subject and count as in findings.json,
/// its clauses, severity and first evidence, and links to the run.
/// </summary>
internal static class AlertBuilder
{
    /// <param name="findingsJson">The evaluation's findings.json.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="runKey">The evaluation's run key.</param>
    /// <param name="runId">The run's number in the history, when known.</param>
    /// <param name="baseUrl">The web view's address for absolute links, or empty for links relative to it.</param>
    public static IReadOnlyList<JsonObject> NewFindings(string findingsJson, string stream, string runKey, long? runId, string baseUrl)
    {
        using var doc = JsonDocument.Parse(findingsJson);
        var result = new List<JsonObject>();
        foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => !f.TryGetProperty("change", out var c) || c.GetString() == "new"))
        {
            var evidence = f.TryGetProperty("evidence", out var e) && e.GetArrayLength() > 0 ? JsonNode.Parse(e[0].GetRawText()) : null;
            result.Add(new JsonObject
            {
                ["stream"] = stream,
                ["finding_id"] = f.GetProperty("id").GetString(),
                ["rule_id"] = f.GetProperty("rule_id").GetString(),
                ["title"] = JsonNode.Parse(f.GetProperty("title").GetRawText()),
                ["subject"] = JsonNode.Parse(f.GetProperty("subject").GetRawText()),
                ["count"] = f.GetProperty("count").GetInt64(),
                ["clauses"] = JsonNode.Parse(f.GetProperty("clauses").GetRawText()),
                ["severity"] = f.GetProperty("severity").GetString(),
                ["first_seen"] = f.TryGetProperty("first_seen", out var first) ? JsonNode.Parse(first.GetRawText()) : null,
                ["evidence"] = evidence,
                ["run"] = new JsonObject
                {
                    ["key"] = runKey,
                    ["id"] = runId,
                    ["findings"] = $"{baseUrl}/api/v1/streams/{stream}/findings",
                    ["report"] = runId is { } id ? $"{baseUrl}/runs/{id}/report.html" : null,
                },
            });
        }
        return result;
    }
}
