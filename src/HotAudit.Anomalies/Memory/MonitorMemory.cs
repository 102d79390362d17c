using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Memory;

/// <summary>
/// The daily vectors of earlier runs of a case, kept by the worker so tonight's days are judged against that history
/// and not only against themselves. Only vectors are kept: the model is refitted on history plus tonight with the fixed
/// seed, which is deterministic and cheap at this size, and a kept model could not follow a change of its inputs'
/// trailing normalization. Bounded to <see cref="KeepDays"/> days per app before its newest day.
/// </summary>
public sealed class MonitorMemory
{
    /// <summary>Days kept per app, counted back from its newest kept day (over three trailing windows of 28 days).</summary>
    public const int KeepDays = 90;

    private MonitorMemory(IReadOnlyList<DailyVector> days) => Days = days;

    /// <summary>No history: the monitor judges the case against itself, as <c>hotaudit assess</c> does.</summary>
    public static MonitorMemory Empty { get; } = new([]);

    /// <summary>The apps with kept days, in ordinal order.</summary>
    public IReadOnlyList<string> Apps => Days.Select(d => d.AppId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Number of kept (app, app version, day) vectors.</summary>
    public int Count => Days.Count;

    /// <summary>The kept vectors, ordered by app, app version (ordinal) and day, as the scorer expects.</summary>
    internal IReadOnlyList<DailyVector> Days { get; }

    /// <summary>Several memories as one (e.g. one file per app); a later one wins on the same app, version and day.</summary>
    public static MonitorMemory Merge(IEnumerable<MonitorMemory> parts) =>
        parts.Aggregate(Empty, (all, part) => all.With(part.Days));

    /// <summary>Writes one app's kept days (see <see cref="KeptFile"/>).</summary>
    public void Write(string appId, Stream stream) => KeptFile.Write(appId, Days.Where(d => d.AppId == appId).ToList(), stream);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The file is corrupt, of another format, or of another feature catalog.</exception>
    public static MonitorMemory Read(Stream stream) => Empty.With(KeptFile.Read(stream));

    /// <summary>This memory with <paramref name="days"/> added (they replace kept vectors of the same key), trimmed to <see cref="KeepDays"/>.</summary>
    internal MonitorMemory With(IReadOnlyList<DailyVector> days)
    {
        var fresh = days.Select(d => (d.AppId, d.AppVersion, d.Day)).ToHashSet();
        var all = Days.Where(d => !fresh.Contains((d.AppId, d.AppVersion, d.Day))).Concat(days).ToList();
        var newest = all.GroupBy(d => d.AppId).ToDictionary(g => g.Key, g => g.Max(d => d.Day.DayNumber));
        return new MonitorMemory(Ordered(all.Where(d => d.Day.DayNumber > newest[d.AppId] - KeepDays)));
    }

    internal static List<DailyVector> Ordered(IEnumerable<DailyVector> days) =>
        days.OrderBy(d => d.AppId, StringComparer.Ordinal).ThenBy(d => d.AppVersion, StringComparer.Ordinal).ThenBy(d => d.Day).ToList();
}
