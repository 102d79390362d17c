using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Routes each event to its export (devices abroad to the international one, legacy SDK builds to the legacy one, the
/// rest split between the two Chinese ones, 2 % late), delivers 0.6 % of them a second time in another export (same
/// event id), orders each export as its pipeline would, and appends the legacy export's deliberately bad rows.
/// </summary>
internal static class TelemetryWriter
{
    /// <summary>Rows the case's reader must reject: a bad ts, an unknown event, no device, an unknown transport, a non-boolean.</summary>
    public const int BadRows = 5;

    public const double LateShare = 0.02;
    public const double RepeatShare = 0.006;

    public static void Write(string dir, IReadOnlyList<FleetEvent> events, IReadOnlyList<FleetDevice> devices, TelemetryColumns columns, Random rng)
    {
        var routed = Enumerable.Range(0, TelemetryExports.Names.Length).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < events.Count; i++)
        {
            var device = devices[events[i].Device];
            var file = rng.NextDouble() < LateShare ? TelemetryExports.Late
                : device.Zone != FleetWorld.CaseZone ? TelemetryExports.Abroad
                : device.Legacy || device.Index % 5 == 0 ? TelemetryExports.Legacy
                : device.Index % 2;
            routed[file].Add(i);
            if (rng.NextDouble() < RepeatShare)
                routed[(file + 1 + rng.Next(TelemetryExports.Names.Length - 1)) % TelemetryExports.Names.Length].Add(i);
        }
        var files = TelemetryExports.Open(dir);
        try
        {
            for (var f = 0; f < files.Length; f++)
            {
                foreach (var i in Order(f, routed[f], events, rng))
                    files[f].Write(events[i].Local, devices[events[i].Device].Zone, EventId(i), columns.Values(events[i]));
            }
            foreach (var line in BadLines(events, devices, columns))
                files[TelemetryExports.Legacy].WriteRaw(line);
        }
        finally
        {
            foreach (var file in files)
                file.Dispose();
        }
    }

    public static string EventId(int i) => "ev" + i.ToString("x7", CultureInfo.InvariantCulture);

    /// <summary>Time order for the Chinese exports, per-device batches for the international one, blocks shuffled in the legacy one, none in the late one.</summary>
    private static IEnumerable<int> Order(int file, List<int> rows, IReadOnlyList<FleetEvent> events, Random rng)
    {
        if (file == TelemetryExports.Abroad)
            return rows;
        if (file == TelemetryExports.Late)
            return rows.OrderBy(_ => rng.Next()).ToList();
        var ordered = rows.OrderBy(i => events[i].Local).ToList();
        if (file != TelemetryExports.Legacy)
            return ordered;
        return ordered.Chunk(200).SelectMany(block => block.OrderBy(_ => rng.Next())).ToList();
    }

    /// <summary>Five rows as a broken exporter writes them, each rejected on a different field (in the legacy column order).</summary>
    private static IEnumerable<string> BadLines(IReadOnlyList<FleetEvent> events, IReadOnlyList<FleetDevice> devices, TelemetryColumns columns)
    {
        var sample = events.First(e => e.Event == "update_check");
        var values = columns.Values(sample);
        string Row(string ts, string id, Func<string?[], string?[]> edit)
        {
            var v = edit((string?[])values.Clone());
            v[^1] = null;
            return string.Join(';', (string?[])[ts, id, .. TelemetryExports.LegacyOrder.Select(i => v[i])]);
        }
        var ms = Timestamps.EpochMilliseconds(sample.Local, devices[sample.Device].Zone);
        yield return Row("2026-02-30 25:61:00", "bad-1", v => v);
        yield return Row(ms, "bad-2", v => { v[5] = "hotfix_loaded"; return v; });
        yield return Row(ms, "bad-3", v => { v[3] = null; return v; });
        yield return Row(ms, "bad-4", v => { v[12] = "ftp"; return v; });
        yield return Row(ms, "bad-5", v => { v[5] = "download_start"; v[6] = "x-p001"; v[9] = "foreground"; v[10] = "maybe"; return v; });
    }
}
