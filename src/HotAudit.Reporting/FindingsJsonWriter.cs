using System.Text.Json;
using HotAudit.Core.Assessment;
using HotAudit.Core.Time;
using HotAudit.Reporting.Json;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>findings.json</c> (schema <c>hotaudit/findings/v1</c>, OUTPUTS.md): UTF-8 without BOM, indented, keys in a
/// fixed order, maps sorted, so the same assessment gives the same bytes (but for <c>created_at</c>).
/// </summary>
internal static class FindingsJsonWriter
{
    /// <summary>The schema name written as <c>schema</c>.</summary>
    public const string Schema = "hotaudit/findings/v1";

    /// <summary>Writes the document to a stream (left open).</summary>
    public static void Write(AssessmentResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            WriteDocument(w, result);
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The document as bytes, serialised once per result: findings.json and the workbook (which prints its hash on every
    /// page) are written side by side from the same bytes.
    /// </summary>
    public static byte[] Bytes(AssessmentResult result) => Cache.GetValue(result, r => new(() => ToBytes(r))).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AssessmentResult, Lazy<byte[]>> Cache = [];

    /// <summary>The document as bytes.</summary>
    public static byte[] ToBytes(AssessmentResult result)
    {
        using var ms = new MemoryStream();
        Write(result, ms);
        return ms.ToArray();
    }

    private static void WriteDocument(Utf8JsonWriter w, AssessmentResult r)
    {
        var offset = r.Case.Offset;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartObject("tool");
        w.WriteString("name", "hotaudit");
        w.WriteString("version", r.ToolVersion);
        w.WriteEndObject();
        JsonCaseSection.Write(w, r.Case);
        w.WriteString("overall", r.Overall);
        w.WriteString("tester_code", r.TesterCode);
        if (r.TesterCodeDecision.Reason is { } reason)
        {
            w.WriteString("tester_code_reason", reason);
            w.WriteString("tester_code_provisional", r.TesterCodeDecision.Provisional);
            w.WriteStartArray("incomplete_clauses");
            foreach (var c in r.TesterCodeDecision.Incomplete)
            {
                w.WriteStringValue(c.Clause.Id);
            }
            w.WriteEndArray();
        }
        JsonToBeSignedSection.Write(w, r.ToBeSigned);
        JsonClauseSection.Write(w, r.Clauses);
        JsonFindingSection.WriteFindings(w, r.Findings, offset);
        if (r.HasBaseline)
        {
            JsonFindingSection.WriteResolved(w, r.Resolved);
        }
        JsonTraceabilitySection.Write(w, r.Traceability, offset);
        if (r.AnomaliesAssessed)
        {
            JsonAnomalySection.Write(w, r.Anomalies);
        }
        JsonQualitySection.Write(w, r.DataQuality, offset);
        w.SortedMap("rules_not_judged", r.RulesNotJudged.ToDictionary(p => p.Key, p => p.Value.En));
        w.Strings("notices", r.Notices);
        w.SortedMap("parameters", r.Parameters);
        WritePacks(w, r);
        w.WriteString("created_at", Timestamps.Format(r.CreatedAt.UtcTicks, offset));
        w.WriteEndObject();
    }

    private static void WritePacks(Utf8JsonWriter w, AssessmentResult r)
    {
        w.WriteStartArray("packs");
        foreach (var p in r.Packs)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("version", p.Version);
            w.WriteString("sha256", p.Sha256);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
