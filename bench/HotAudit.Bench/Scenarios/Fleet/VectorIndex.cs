namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>The events of each (version, case day), by position in the event list; kept in step as events are added.</summary>
internal sealed class VectorIndex
{
    private readonly FleetWorld _world;
    private readonly List<FleetEvent> _events;
    private readonly Dictionary<(int Version, int Day), List<int>> _byVector = [];

    public VectorIndex(FleetWorld world, List<FleetEvent> events)
    {
        _world = world;
        _events = events;
        for (var i = 0; i < events.Count; i++)
            Slot(events[i]).Add(i);
    }

    public IEnumerable<(int Version, int Day)> Vectors => _byVector.Keys;

    public bool Has(int version, int day) => _byVector.ContainsKey((version, day));

    public IReadOnlyList<int> Of(int version, int day) => _byVector.TryGetValue((version, day), out var list) ? list : [];

    public VectorStats Stats(int version, int day) => VectorStats.Of(Of(version, day).Select(i => _events[i]));

    /// <summary>Appends an event to the list and to its vector.</summary>
    public void Add(FleetEvent e)
    {
        Slot(e).Add(_events.Count);
        _events.Add(e);
    }

    /// <summary>Replaces the event at <paramref name="i"/>, which must stay in its vector.</summary>
    public void Replace(int i, FleetEvent e)
    {
        if (_world.DayOf(e.Local) != _world.DayOf(_events[i].Local))
            throw new InvalidOperationException("an edited event must stay on its day");
        _events[i] = e;
    }

    private List<int> Slot(FleetEvent e)
    {
        var key = (e.Version, _world.DayOf(e.Local));
        if (!_byVector.TryGetValue(key, out var list))
            _byVector[key] = list = [];
        return list;
    }
}
