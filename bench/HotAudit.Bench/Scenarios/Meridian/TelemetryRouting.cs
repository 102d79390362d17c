using System.Globalization;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Which export file each event lands in, as Meridian's pipelines deliver them: the native SDK's events in the monthly
/// export of their device-clock month (the last month gzipped), the React Native / Flutter SDK's events in the weekly
/// stream file of the week they arrived (minutes to hours after they happened); events from devices that were offline
/// arrive days later in a late-upload file named by the week they arrived; about 0.4 % are delivered twice (again in
/// the stream, or in a late file); and eight copies are broken on purpose, one of each rejection reason.
/// </summary>
internal static class TelemetryRouting
{
    public static Dictionary<string, List<ExportRow>> Route(IReadOnlyList<TelemetryEvent> events, IReadOnlyList<Device> devices,
        IReadOnlyList<AppWorld> apps, MeridianCalendar calendar, Random rng)
    {
        var files = new Dictionary<string, List<ExportRow>>();
        void Put(string file, ExportRow row)
        {
            if (!files.TryGetValue(file, out var rows))
            {
                files[file] = rows = [];
            }
            rows.Add(row);
        }
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var device = devices[e.Device];
            var stream = apps[device.App].Profile.Feed == TelemetryFeed.Stream;
            var happened = e.At - device.ClockSkew;
            var late = rng.NextDouble() < (device.Flaky ? 0.10 : 0.005);
            var arrival = late
                ? happened + MeridianCalendar.DaySeconds * (1 + rng.Next(9)) + rng.Next(86_400)
                : happened + (long)MeridianRandom.Exponential(rng, 1500) + (rng.NextDouble() < 0.05 ? (long)MeridianRandom.Exponential(rng, 18_000) : 0);
            Put(late ? LateFile(calendar, arrival) : stream ? StreamFile(calendar, arrival) : MonthlyFile(calendar, e.At), new ExportRow(i, arrival));
            if (rng.NextDouble() < 0.004 && (stream || e.Kind != EventKind.Launch))
            {
                var again = stream && rng.Next(2) == 0;
                var second = again ? arrival + 60 + rng.Next(1800) : arrival + MeridianCalendar.DaySeconds * (2 + rng.Next(5));
                Put(again ? StreamFile(calendar, second) : LateFile(calendar, second), new ExportRow(i, second));
            }
        }
        Break(events, files, rng);
        return files;
    }

    public static string MonthlyFile(MeridianCalendar calendar, long at)
    {
        var first = calendar.Date(0);
        var last = calendar.Date(calendar.Days - 1);
        var date = DateOnly.FromDateTime(calendar.Local(at).DateTime);
        var month = date < first ? first : date > last ? last : date;
        var gz = month.Year == last.Year && month.Month == last.Month ? ".gz" : "";
        return $"telemetry-export-{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.csv{gz}";
    }

    public static string StreamFile(MeridianCalendar calendar, long arrival) => $"telemetry-stream-{Monday(calendar, arrival)}.jsonl.gz";

    public static string LateFile(MeridianCalendar calendar, long arrival) => $"telemetry-late-{Monday(calendar, arrival)}.csv";

    private static string Monday(MeridianCalendar calendar, long at)
    {
        var day = MeridianCalendar.DayOf(at);
        return calendar.Date(day - calendar.Weekday(day)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>One broken copy of each kind, of an event of the right kind, in the file kind that produces such breakage.</summary>
    private static void Break(IReadOnlyList<TelemetryEvent> events, Dictionary<string, List<ExportRow>> files, Random rng)
    {
        (Mangle Mangle, string Prefix, EventKind? Kind)[] breaks =
        [
            (Mangle.NoSuchDay, "telemetry-export-", null), (Mangle.UnknownEvent, "telemetry-export-", EventKind.Launch),
            (Mangle.NoDevice, "telemetry-export-", EventKind.Launch), (Mangle.Truncated, "telemetry-stream-", null),
            (Mangle.BadBoolean, "telemetry-stream-", EventKind.ApplySuccess), (Mangle.BadTransport, "telemetry-stream-", EventKind.UpdateCheck),
            (Mangle.BadAppState, "telemetry-late-", EventKind.ApplySuccess), (Mangle.NoPatch, "telemetry-late-", EventKind.VerifyPassed),
        ];
        var names = files.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var (mangle, prefix, kind) in breaks)
        {
            var candidates = names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var file = mangle switch
            {
                Mangle.NoSuchDay => candidates[0],
                Mangle.UnknownEvent => candidates[Math.Min(1, candidates.Count - 1)],
                _ => candidates[rng.Next(candidates.Count)],
            };
            var rows = files[file];
            var pick = rows.Where(r => kind is null || events[r.Event].Kind == kind).ToList();
            if (pick.Count == 0)
            {
                continue;
            }
            var source = pick[rng.Next(pick.Count)];
            rows.Add(source with { Arrival = source.Arrival + 1 + rng.Next(600), Mangle = mangle });
        }
    }
}
