using System.Text.Json;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Time;
using HotAudit.Reporting.Json;

namespace HotAudit.Reporting.Sarif;

/// <summary>
/// <c>results</c>: one per finding, located at its first evidence row (the further rows as related locations),
/// fingerprinted by the finding id, suppressed when waived.
/// </summary>
internal static class SarifResults
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<Finding> findings, IReadOnlyList<RuleDefinition> rules, TimeSpan offset)
    {
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        w.WriteStartArray("results");
        foreach (var f in findings)
        {
            WriteResult(w, f, index[f.Rule.Id], offset);
        }
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int ruleIndex, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Rule.Id);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", SarifLevels.Of(f.Rule.Severity));
        SarifRules.Text(w, "message", $"{f.Rule.Title.En}: {FindingText.Subject(f)} (count {f.Count})");
        WriteLocations(w, f, offset);
        w.WriteStartObject("partialFingerprints");
        w.WriteString("hotauditFindingId", f.Id);
        w.WriteEndObject();
        if (f.Change is Change.New or Change.Unchanged)
        {
            w.WriteString("baselineState", f.Change == Change.New ? "new" : "unchanged");
        }
        if (f.Waiver is { } waiver)
        {
            WriteSuppression(w, waiver, offset);
        }
        WriteProperties(w, f, offset);
        w.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter w, Finding f, TimeSpan offset)
    {
        var located = f.Evidence.Where(e => e.File.Length > 0).ToList();
        w.WriteStartArray("locations");
        if (located.Count > 0)
        {
            WriteLocation(w, located[0], null, offset);
        }
        w.WriteEndArray();
        if (located.Count > 1)
        {
            w.WriteStartArray("relatedLocations");
            for (var i = 1; i < located.Count; i++)
            {
                WriteLocation(w, located[i], i, offset);
            }
            w.WriteEndArray();
        }
    }

    private static void WriteLocation(Utf8JsonWriter w, Evidence e, int? id, TimeSpan offset)
    {
        w.WriteStartObject();
        if (id is { } n)
        {
            w.WriteNumber("id", n);
        }
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri(e.File));
        w.WriteEndObject();
        if (e.Line >= 1)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", e.Line);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        var fields = string.Join(", ", e.Fields.Select(p => $"{p.Key}={p.Value}"));
        var when = e.Ts is { } ts ? Timestamps.Format(ts, offset) + " " : "";
        SarifRules.Text(w, "message", (when + fields).Trim());
        w.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter w, AppliedWaiver waiver, TimeSpan offset)
    {
        w.WriteStartArray("suppressions");
        w.WriteStartObject();
        w.WriteString("kind", "external");
        w.WriteString("status", "accepted");
        w.WriteString("justification", waiver.Justification);
        w.WriteStartObject("properties");
        w.StringOrNull("approved_by", waiver.ApprovedBy);
        w.WriteString("expires", Timestamps.Format(waiver.Expires.UtcTicks, offset));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter w, Finding f, TimeSpan offset)
    {
        w.WriteStartObject("properties");
        w.WriteStartObject("subject");
        foreach (var key in f.Rule.Subject.Select(s => s.Name))
        {
            w.StringOrNull(key, f.Subject.FirstOrDefault(s => s.Key == key)?.Value);
        }
        w.WriteEndObject();
        w.WriteNumber("count", f.Count);
        w.WriteBoolean("waived", f.Waived);
        w.StringOrNull("change", f.Change is { } c ? Names.Of(c) : null);
        w.WriteBoolean("in_scope", f.InScope);
        w.StringOrNull("first_seen", f.FirstSeen is { } first ? Timestamps.Format(first, offset) : null);
        w.StringOrNull("last_seen", f.LastSeen is { } last ? Timestamps.Format(last, offset) : null);
        w.WriteEndObject();
    }

    /// <summary>A case-relative file name as a relative URI reference: '/' separators, each segment percent-encoded.</summary>
    private static string Uri(string file) =>
        string.Join('/', file.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
