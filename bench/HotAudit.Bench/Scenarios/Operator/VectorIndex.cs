namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The telemetry events of each (app version, local day) vector, by position in the event list.</summary>
internal sealed class VectorIndex
{
    private readonly Dictionary<(int Version, int Day), List<int>> _vectors = [];
    private readonly OperatorCalendar _calendar;

    public VectorIndex(IReadOnlyList<SimEvent> events, OperatorCalendar calendar)
    {
        _calendar = calendar;
        for (var i = 0; i < events.Count; i++)
            Add(events[i], i);
    }

    /// <summary>Every vector with telemetry, in first-seen order.</summary>
    public IEnumerable<(int Version, int Day)> Keys => _vectors.Keys;

    public IReadOnlyList<int> this[(int Version, int Day) key] => _vectors.TryGetValue(key, out var list) ? list : [];

    /// <summary>Records the event at <paramref name="index"/> under its vector.</summary>
    public void Add(SimEvent e, int index)
    {
        var key = (e.Version, _calendar.DayOf(e.Local));
        if (!_vectors.TryGetValue(key, out var list))
            _vectors[key] = list = [];
        list.Add(index);
    }
}
