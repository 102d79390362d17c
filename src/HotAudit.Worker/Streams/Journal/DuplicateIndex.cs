using System.Runtime.InteropServices;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// The fingerprints of one partition's kept rows a duplicate can still reach (the engine, too, drops duplicates within a
/// partition): those whose event falls on a UTC day at or after the
/// horizon's start (the stream's newest event minus the horizon, the stream's <c>LastDays</c>: what any evaluation
/// can still see). A row is checked against every fingerprint held, whatever its instant; a row older than the horizon
/// is kept without being remembered. Memory is that of the rows in the horizon (about 60 bytes each), not of the journal.
/// </summary>
internal sealed class DuplicateIndex(TimeSpan horizon)
{
    private readonly Dictionary<UInt128, int> _days = [];
    private readonly Dictionary<int, List<UInt128>> _byDay = [];
    private int _floor = int.MinValue;

    /// <summary>Fingerprints held.</summary>
    public int Count => _days.Count;

    /// <summary>The first UTC day (days since 0001-01-01) whose rows are held.</summary>
    public int Floor => _floor;

    /// <summary>
    /// Whether a kept row with this fingerprint is held; if not, the row is held from now on (when its day is within
    /// the horizon). One lookup per row: the journal's writer calls it for every accepted row.
    /// </summary>
    public bool TryRemember(long ts, UInt128 fingerprint)
    {
        var day = Day(ts);
        if (day < _floor)
        {
            return !_days.ContainsKey(fingerprint);
        }
        ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, fingerprint, out var exists);
        if (exists)
        {
            return false;
        }
        held = day;
        if (!_byDay.TryGetValue(day, out var list))
        {
            _byDay[day] = list = [];
        }
        list.Add(fingerprint);
        return true;
    }

    /// <summary>Whether a row of this instant is before the horizon (looked up, never held).</summary>
    public bool IsBefore(long ts) => Day(ts) < _floor;

    /// <summary>Moves the horizon to <paramref name="newestTs"/> (it only moves forward) and forgets the days before it.</summary>
    public void Advance(long newestTs)
    {
        var floor = Day(Math.Max(DateTime.MinValue.Ticks, newestTs - horizon.Ticks));
        if (floor <= _floor)
        {
            return;
        }
        _floor = floor;
        foreach (var day in _byDay.Keys.Where(d => d < floor).ToList())
        {
            foreach (var fingerprint in _byDay[day])
            {
                _days.Remove(fingerprint);
            }
            _byDay.Remove(day);
        }
        _days.TrimExcess();
    }

    private static int Day(long ts) => (int)(ts / TimeSpan.TicksPerDay);
}
