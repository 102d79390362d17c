using System.Text.Json;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Json;
using HotAudit.Reporting.Sarif;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>findings.sarif</c> (SARIF 2.1.0) for code-scanning tools: one run, the rules as the driver's reporting
/// descriptors, one result per finding at its evidence's file and line; waived findings carry an external suppression.
/// </summary>
internal static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The schema URL written as <c>$schema</c>.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Writes the document to a stream (left open).</summary>
    public static void Write(AssessmentResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", Version);
            w.WriteStartArray("runs");
            WriteRun(w, result);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The document as bytes.</summary>
    public static byte[] ToBytes(AssessmentResult result)
    {
        using var ms = new MemoryStream();
        Write(result, ms);
        return ms.ToArray();
    }

    private static void WriteRun(Utf8JsonWriter w, AssessmentResult r)
    {
        var rules = SarifRules.Of(r);
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "hotaudit");
        w.WriteString("version", r.ToolVersion);
        w.WriteString("semanticVersion", r.ToolVersion);
        SarifRules.Write(w, rules);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteInvocation(w, r);
        SarifResults.Write(w, r.Findings, rules, r.Case.Offset);
        w.WriteStartObject("properties");
        w.WriteString("case", r.Case.Id);
        w.WriteString("scenario", Names.Of(r.Case.Scenario));
        w.WriteString("overall", r.Overall);
        w.WriteString("tester_code", r.TesterCode);
        if (r.TesterCodeDecision.Reason is { } reason)
        {
            w.WriteString("tester_code_reason", reason);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The command line and the run's notices (unreadable files, expired or unmatched waivers).</summary>
    private static void WriteInvocation(Utf8JsonWriter w, AssessmentResult r)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteString("commandLine", r.CommandLine);
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var notice in r.Notices)
        {
            w.WriteStartObject();
            SarifRules.Text(w, "message", notice);
            w.WriteString("level", "warning");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
