namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The operation log being planned: rows by version, each version's next patch number, and which (version, day)
/// vectors already carry an operation (the injector puts its bursts on days a version is otherwise untouched).
/// </summary>
internal sealed class OperationLog(FleetWorld world)
{
    private readonly List<FleetOp> _rows = [];
    private readonly Dictionary<int, int> _lastPatch = world.Versions.ToDictionary(v => v.Index, v => v.PreCase);

    public FleetWorld World { get; } = world;

    public IReadOnlyList<FleetOp> Rows => _rows;

    public void Add(FleetOp op) => _rows.Add(op);

    /// <summary>A new patch number for <paramref name="version"/>.</summary>
    public int NextPatch(int version) => ++_lastPatch[version];

    /// <summary>Days on which <paramref name="version"/> has any operation.</summary>
    public HashSet<int> Busy(int version) => _rows.Where(r => r.Version == version).Select(r => World.DayOf(r.Local)).ToHashSet();

    /// <summary>The rows in time order (a stable sort: equal instants keep their planning order).</summary>
    public IReadOnlyList<FleetOp> Ordered() => [.. _rows.OrderBy(r => r.Local)];
}
