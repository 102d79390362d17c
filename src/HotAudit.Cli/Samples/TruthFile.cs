using System.Globalization;
using System.Text.Json;

namespace HotAudit.Cli.Samples;

/// <summary>Writes <c>CASE_DIR.truth.json</c> beside the case: the injected anomaly days and the violations they cause.</summary>
internal static class TruthFile
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["burst"] = "publish burst", ["silent"] = "a day of silent background applies", ["failure"] = "failure spike after a patch",
        ["http"] = "http downgrade", ["unapproved"] = "a publish without approval",
    };

    private static readonly Dictionary<string, (string Rule, string[] Keys)> Violations = new()
    {
        ["burst"] = ("HU-FRQ-01", ["app_id", "app_version"]), ["silent"] = ("HU-SIL-01", ["app_id", "app_version"]),
        ["http"] = ("HU-TLS-01", ["app_id", "app_version"]), ["unapproved"] = ("HU-GOV-02", ["app_id"]),
    };

    public static string PathFor(string caseDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(caseDirectory)) + ".truth.json";

    public static void Write(SampleOptions options, IReadOnlyList<Injection> injections)
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
        w.WriteStartArray("violations");
        foreach (var i in injections.Where(i => Violations.ContainsKey(i.Kind)))
        {
            var (rule, keys) = Violations[i.Kind];
            w.WriteStartObject();
            w.WriteString("rule_id", rule);
            w.WriteString("kind", Words[i.Kind]);
            w.WriteStartObject("subject");
            w.WriteString("app_id", i.AppId);
            if (keys.Contains("app_version"))
            {
                w.WriteString("app_version", i.AppVersion);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
