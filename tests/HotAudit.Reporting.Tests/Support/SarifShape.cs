using System.Text.Json;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>
/// The required properties of the SARIF 2.1.0 schema for what HotAudit writes (sarifLog, run, tool, toolComponent,
/// reportingDescriptor, result, message, location, physicalLocation, artifactLocation, region, suppression), checked by hand.
/// </summary>
internal static class SarifShape
{
    public static IReadOnlyList<string> Problems(JsonElement log)
    {
        var problems = new List<string>();
        void Need(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add(what);
            }
        }

        Need(Str(log, "version") == "2.1.0", "version must be 2.1.0");
        Need(Str(log, "$schema")?.Contains("sarif-schema-2.1.0", StringComparison.Ordinal) == true || Str(log, "$schema")?.Contains("sarif-2.1.0", StringComparison.Ordinal) == true, "$schema must name SARIF 2.1.0");
        Need(log.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array, "runs must be an array");
        foreach (var run in runs.ValueKind == JsonValueKind.Array ? runs.EnumerateArray() : default)
        {
            var driver = run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var d) ? d : default;
            Need(driver.ValueKind == JsonValueKind.Object && Str(driver, "name") is { Length: > 0 }, "runs[].tool.driver.name is required");
            foreach (var rule in Array(driver, "rules"))
            {
                Need(Str(rule, "id") is { Length: > 0 }, "rules[].id is required");
            }
            foreach (var result in Array(run, "results"))
            {
                Need(result.TryGetProperty("message", out var m) && Str(m, "text") is not null, "results[].message.text is required");
                foreach (var location in Array(result, "locations").Concat(Array(result, "relatedLocations")))
                {
                    var physical = location.TryGetProperty("physicalLocation", out var p) ? p : default;
                    Need(physical.ValueKind == JsonValueKind.Object && physical.TryGetProperty("artifactLocation", out _), "physicalLocation needs artifactLocation");
                    Need(!physical.TryGetProperty("region", out var region) || region.GetProperty("startLine").GetInt32() >= 1, "region.startLine must be >= 1");
                }
                foreach (var s in Array(result, "suppressions"))
                {
                    Need(Str(s, "kind") is "inSource" or "external", "suppressions[].kind must be inSource or external");
                }
            }
        }
        return problems;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
