using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using HotAudit.Bench.Scenarios.Meridian;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>
/// Reads a written Meridian case back the way the data contract describes it, independently of the family's code: the
/// three telemetry formats and the two operation exports, header aliases, the three timestamp forms, the rows broken on
/// purpose skipped, duplicates (same id, or the same raw line) counted once.
/// </summary>
internal static class MeridianReadBack
{
    public static readonly TimeSpan Offset = new(5, 30, 0);

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["时间"] = "ts", ["事件ID"] = "event_id", ["应用ID"] = "app_id", ["应用版本"] = "app_version", ["设备ID"] = "device_id",
        ["事件"] = "event", ["前后台"] = "app_state", ["用户触发"] = "user_initiated", ["安装方式"] = "install_mode",
        ["传输协议"] = "transport", ["操作ID"] = "op_id", ["操作人员"] = "operator", ["操作"] = "action", ["appKey"] = "app_id",
    };

    public static List<ReadTelemetryRow> Telemetry(string caseDir, IReadOnlyCollection<MalformedRow> malformed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ReadTelemetryRow>();
        foreach (var path in Directory.GetFiles(caseDir, "telemetry-*").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var skip = malformed.Where(m => m.File == name).Select(m => m.Line).ToHashSet();
            foreach (var (fields, raw) in Records(path, skip))
            {
                if (!seen.Add(fields.GetValueOrDefault("event_id") ?? raw))
                {
                    continue;
                }
                rows.Add(new ReadTelemetryRow(fields["app_id"], fields["app_version"], fields["device_id"], fields["event"], Time(fields["ts"]),
                    fields.GetValueOrDefault("app_state"), Bool(fields.GetValueOrDefault("user_initiated")), fields.GetValueOrDefault("install_mode"),
                    fields.GetValueOrDefault("transport")));
            }
        }
        return rows;
    }

    public static List<ReadOperationRow> Operations(string caseDir, IReadOnlyCollection<MalformedRow> malformed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ReadOperationRow>();
        foreach (var path in Directory.GetFiles(caseDir, "operations-*").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var skip = malformed.Where(m => m.File == name).Select(m => m.Line).ToHashSet();
            foreach (var (fields, _) in Records(path, skip))
            {
                if (seen.Add(fields["op_id"]))
                {
                    rows.Add(new ReadOperationRow(fields["op_id"], fields["operator"], fields["action"], fields["app_id"],
                        fields.GetValueOrDefault("app_version"), Time(fields["ts"])));
                }
            }
        }
        return rows;
    }

    /// <summary>Each row of a file as canonical field → value (empty values left out), with its raw line.</summary>
    private static IEnumerable<(Dictionary<string, string> Fields, string Raw)> Records(string path, HashSet<int> skip)
    {
        using var file = File.OpenRead(path);
        using Stream body = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(body, detectEncodingFromByteOrderMarks: true);
        var json = path.Contains(".jsonl", StringComparison.Ordinal);
        string[]? header = null;
        var delimiter = ',';
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!json && header is null)
            {
                delimiter = line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
                header = [.. ExportLines.Split(line, delimiter).Select(Canonical)];
                continue;
            }
            if (skip.Contains(number))
            {
                continue;
            }
            yield return (json ? Json(line) : ExportLines.Fields(header!, ExportLines.Split(line, delimiter)), line);
        }
    }

    private static string Canonical(string name) => Aliases.TryGetValue(name, out var canonical) ? canonical : name.ToLowerInvariant();

    private static Dictionary<string, string> Json(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.EnumerateObject().ToDictionary(p => Canonical(p.Name),
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    private static DateTimeOffset Time(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epoch).ToOffset(Offset);
        }
        if (text.EndsWith('Z'))
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToOffset(Offset);
        }
        return new DateTimeOffset(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Offset);
    }

    private static bool? Bool(string? text) => text switch
    {
        null => null,
        "true" or "1" or "是" => true,
        _ => false,
    };
}
