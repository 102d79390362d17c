using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Writes the telemetry exports: the monthly export as Excel makes it (UTF-8 with BOM, Chinese headers, CRLF, local
/// times without offset, booleans 是/否, no event id on launches, rows grouped by app and device so not in time order),
/// the weekly stream (JSON Lines, gzip, <c>appKey</c>, epoch milliseconds, nested attributes, in arrival order) and the
/// late uploads (semicolons, upper-case headers, UTC with Z, booleans 1/0). Records where each broken row went.
/// </summary>
internal sealed class TelemetryWriter(IReadOnlyList<TelemetryEvent> events, TelemetryText text, MeridianCalendar calendar)
{
    private static readonly string[] MonthlyHeader =
    [
        "时间", "事件ID", "应用ID", "应用版本", "平台", "设备ID", "SDK版本", "事件", "补丁ID", "补丁版本", "补丁哈希", "前后台", "用户触发",
        "安装方式", "传输协议", "TLS版本", "有签名", "错误码", "系统版本", "属性",
    ];

    private static readonly string[] LateHeader =
    [
        "TS", "EVENT_ID", "APP_ID", "APP_VERSION", "PLATFORM", "DEVICE_ID", "SDK_VERSION", "EVENT", "PATCH_ID", "PATCH_VERSION",
        "APP_STATE", "USER_INITIATED", "INSTALL_MODE", "TRANSPORT", "TLS_VERSION", "ERROR_CODE", "OS_VERSION", "ATTRS",
    ];

    public List<MalformedRow> Malformed { get; } = [];

    public long Rows { get; private set; }

    public void Write(string caseDir, IReadOnlyDictionary<string, List<ExportRow>> files)
    {
        foreach (var (name, rows) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(caseDir, name);
            if (name.StartsWith("telemetry-export-", StringComparison.Ordinal))
            {
                var ordered = rows.OrderBy(r => text.Device(events[r.Event]).App).ThenBy(r => text.Device(events[r.Event]).Id, StringComparer.Ordinal)
                    .ThenBy(r => events[r.Event].At).ThenBy(r => r.Mangle);
                WriteFile(path, name, new UTF8Encoding(true), "\r\n", string.Join(',', MonthlyHeader), ordered, Monthly);
            }
            else if (name.StartsWith("telemetry-stream-", StringComparison.Ordinal))
            {
                WriteFile(path, name, new UTF8Encoding(false), "\n", null, rows.OrderBy(r => r.Arrival).ThenBy(r => r.Event), Stream);
            }
            else
            {
                WriteFile(path, name, new UTF8Encoding(false), "\n", string.Join(';', LateHeader), rows.OrderBy(r => r.Arrival).ThenBy(r => r.Event), Late);
            }
        }
    }

    private void WriteFile(string path, string name, Encoding encoding, string newLine, string? header, IEnumerable<ExportRow> rows,
        Func<TelemetryEvent, Mangle, string> format)
    {
        using var file = File.Create(path);
        using Stream body = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Optimal) : file;
        using var writer = new StreamWriter(body, encoding) { NewLine = newLine };
        var line = 0;
        if (header is not null)
        {
            writer.WriteLine(header);
            line++;
        }
        foreach (var row in rows)
        {
            line++;
            writer.WriteLine(format(events[row.Event], row.Mangle));
            if (row.Mangle != Mangle.None)
            {
                Malformed.Add(new MalformedRow(name, line, Field(row.Mangle)));
            }
            else
            {
                Rows++;
            }
        }
    }

    private static string Field(Mangle mangle) => mangle switch
    {
        Mangle.NoSuchDay => "ts",
        Mangle.UnknownEvent => "event",
        Mangle.NoDevice => "device_id",
        Mangle.Truncated => "line",
        Mangle.BadBoolean => "user_initiated",
        Mangle.BadTransport => "transport",
        Mangle.BadAppState => "app_state",
        _ => "patch_id",
    };

    private string Monthly(TelemetryEvent e, Mangle mangle)
    {
        var ts = calendar.LocalText(e.At);
        if (mangle == Mangle.NoSuchDay)
        {
            var local = calendar.Local(e.At);
            var bad = DateTime.DaysInMonth(local.Year, local.Month) + 1;
            ts = string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM}-{bad:00} {local:HH:mm:ss}");
        }
        var device = text.Device(e);
        return CsvText.Line(
        [
            ts, e.Kind == EventKind.Launch ? null : TelemetryText.EventId(e), text.App(e).Id, text.Version(e), device.Platform,
            mangle == Mangle.NoDevice ? null : device.Id, device.Sdk, mangle == Mangle.UnknownEvent ? "patch_loaded" : TelemetryText.Event(e.Kind),
            text.PatchId(e), TelemetryText.PatchVersion(e), text.Hash(e), TelemetryText.State(e.State),
            e.UserInitiated is { } u ? (u ? "是" : "否") : null, TelemetryText.Mode(e.Mode), TelemetryText.TransportText(e.Transport),
            text.Tls(e), TelemetryText.SignaturePresent(e) is true ? "是" : null, TelemetryText.Error(e.Error), device.Os, text.Attributes(e),
        ], ',');
    }

    private string Stream(TelemetryEvent e, Mangle mangle)
    {
        var device = text.Device(e);
        var json = new JsonLine().Number("ts", calendar.EpochMilliseconds(e.At)).String("event_id", TelemetryText.EventId(e))
            .String("appKey", text.App(e).Id).String("app_version", text.Version(e)).String("platform", device.Platform)
            .String("device_id", device.Id).String("sdk_version", device.Sdk).String("event", TelemetryText.Event(e.Kind))
            .String("patch_id", text.PatchId(e));
        if (e.Patch > 0)
        {
            json.Number("patch_version", e.Patch);
        }
        json.String("patch_hash", text.Hash(e)).String("app_state", TelemetryText.State(e.State));
        if (mangle == Mangle.BadBoolean)
        {
            json.String("user_initiated", "Y");
        }
        else
        {
            json.Bool("user_initiated", e.UserInitiated);
        }
        json.String("install_mode", TelemetryText.Mode(e.Mode))
            .String("transport", mangle == Mangle.BadTransport ? "quic" : TelemetryText.TransportText(e.Transport))
            .String("tls_version", text.Tls(e)).Bool("signature_present", TelemetryText.SignaturePresent(e))
            .String("error_code", TelemetryText.Error(e.Error)).String("os_version", device.Os);
        if (text.App(e).Profile.Targeted)
        {
            json.Raw("attrs", new JsonLine().String("region", device.Region).String("tier", device.Tier).ToString());
        }
        var line = json.ToString();
        return mangle == Mangle.Truncated ? line[..(line.Length * 3 / 5)] : line;
    }

    private string Late(TelemetryEvent e, Mangle mangle)
    {
        var device = text.Device(e);
        return CsvText.Line(
        [
            calendar.UtcText(e.At), TelemetryText.EventId(e), text.App(e).Id, text.Version(e), device.Platform, device.Id, device.Sdk,
            TelemetryText.Event(e.Kind), mangle == Mangle.NoPatch ? null : text.PatchId(e), TelemetryText.PatchVersion(e),
            mangle == Mangle.BadAppState ? "bg" : TelemetryText.State(e.State), e.UserInitiated is { } u ? (u ? "1" : "0") : null,
            TelemetryText.Mode(e.Mode), TelemetryText.TransportText(e.Transport), text.Tls(e), TelemetryText.Error(e.Error), device.Os,
            text.Attributes(e),
        ], ';');
    }
}
