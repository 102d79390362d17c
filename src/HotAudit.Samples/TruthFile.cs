using System.Globalization;
using System.Text.Json;

namespace HotAudit.Samples;

/// <summary>
/// Writes <c>CASE_DIR.truth.json</c> beside the case: the injected anomaly days, every finding the data causes
/// (rule, subject, count, cause: what an assessment must report, HU-ANM-01 aside) and every row written to be rejected.
/// </summary>
public static class TruthFile
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["burst"] = "publish burst", ["silent"] = "a day of silent background applies", ["failure"] = "failure spike after a patch",
        ["http"] = "http downgrade", ["unapproved"] = "a publish without approval",
    };

    /// <summary>Where the truth file of a case folder goes: beside it, <c>CASE_DIR.truth.json</c>.</summary>
    public static string PathFor(string caseDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(caseDirectory)) + ".truth.json";

    internal static void Write(SampleOptions options, IReadOnlyList<Injection> injections, IReadOnlyList<Violation> violations, IReadOnlyList<BadRow> badRows)
    {
        using var stream = File.Create(PathFor(options.Directory));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("seed", options.Seed);
        w.WriteNumber("devices", options.Devices);
        w.WriteNumber("days", options.Days);
        w.WriteStartArray("anomaly_days");
        foreach (var i in injections.Where(i => i.Kind != "unapproved"))
        {
            w.WriteStartObject();
            w.WriteString("app_id", i.AppId);
            w.WriteString("app_version", i.AppVersion);
            w.WriteString("day", SampleOptions.Start.AddDays(i.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("kind", Words[i.Kind]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteViolations(w, violations);
        w.WriteNumber("rejected_rows", badRows.Count);
        w.WriteStartArray("rejections");
        foreach (var r in badRows)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteString("field", r.Field);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteViolations(Utf8JsonWriter w, IReadOnlyList<Violation> violations)
    {
        w.WriteStartArray("violations");
        foreach (var v in violations.OrderBy(v => v.RuleId, StringComparer.Ordinal)
            .ThenBy(v => string.Join('\u0001', v.Subject.Select(s => s.Value)), StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("rule_id", v.RuleId);
            w.WriteStartObject("subject");
            foreach (var (key, value) in v.Subject)
            {
                w.WriteString(key, value);
            }
            w.WriteEndObject();
            w.WriteNumber("count", v.Count);
            w.WriteString("cause", v.Cause);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
