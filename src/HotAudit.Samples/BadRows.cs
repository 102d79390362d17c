namespace HotAudit.Samples;

/// <summary>
/// <c>--inject badrows</c>: one row for each way the contract rejects a telemetry row (DATA-CONTRACT.md, "Exactly which
/// rows are rejected"), written among the good ones; each is listed in truth.json with its file, line and field.
/// </summary>
internal static class BadRows
{
    public static IEnumerable<BadRow> Write(TelemetryWriter writer)
    {
        yield return writer.WriteBad(Csv(("ts", "2026-13-01 10:00:00"), ("event", "launch")), "ts", json: false);
        yield return writer.WriteBad(Csv(("ts", "2026-03-05 10:00:00"), ("event", "launched")), "event", json: false);
        yield return writer.WriteBad(Csv(("ts", "2026-03-05 10:00:01"), ("event", "update_check"), ("device_id", ""), ("transport", "https")), "device_id", json: false);
        yield return writer.WriteBad(Csv(("ts", "2026-03-05 10:00:02"), ("event", "download_start"), ("patch_id", "shop-x"), ("app_state", "foreground")),
            "transport", json: false);
        yield return writer.WriteBad("this line is not a JSON object", "line", json: true);
        yield return writer.WriteBad(
            """{"ts":"2026-03-06 10:00:00","event_id":"bad-6","app_id":"com.acme.shop","app_version":"5.1.0","platform":"windows","device_id":"dx-2","event":"launch"}""",
            "platform", json: true);
        yield return writer.WriteBad(
            """{"ts":"2026-03-06 10:00:01","event_id":"bad-7","app_id":"com.acme.shop","app_version":"5.1.0","device_id":"dx-2","event":"apply_success","patch_id":"shop-x","app_state":"foreground","user_initiated":"maybe"}""",
            "user_initiated", json: true);
    }

    /// <summary>A CSV line in the writer's column order: a device of com.acme.shop 5.1.0 with the given fields.</summary>
    private static string Csv(params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string> { ["event_id"] = "bad-" + fields[0].Value, ["app_id"] = "com.acme.shop", ["app_version"] = "5.1.0",
            ["platform"] = "android", ["device_id"] = "dx-1" };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        return string.Join(',', TelemetryWriter.Columns.Select(c => values.GetValueOrDefault(c, "")));
    }
}
