namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The operation log being scheduled, with the days on which each app version already has operations.</summary>
internal sealed class OperationLog(OperatorWorld world)
{
    private readonly List<OpRow> _rows = [];
    private readonly Dictionary<int, SortedSet<int>> _days = [];
    private int _serial;

    /// <summary>Every row scheduled so far.</summary>
    public IReadOnlyList<OpRow> Rows => _rows;

    public OperatorWorld World { get; } = world;

    /// <summary>A new patch for a version.</summary>
    public PlannedPatch NewPatch(int version, string content, bool trial = false) => new(version, _serial++, content, trial);

    public void Add(OpRow row)
    {
        _rows.Add(row);
        if (row.Version < 0)
            return;
        if (!_days.TryGetValue(row.Version, out var days))
            _days[row.Version] = days = [];
        days.Add(World.Calendar.DayOf(row.Local));
    }

    /// <summary>Adds a row by a member of the version's app team, in the member's role.</summary>
    public void AddByTeam(DateTime local, string person, string action, int version, PlannedPatch? patch, string? result = null)
    {
        var app = World.Versions[version].App;
        Add(new OpRow(local, person, World.Apps[app].Team.RoleOf(person), action, app, version, patch, result));
    }

    /// <summary>No operation on the version on any day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Free(int version, int from, int to) =>
        !_days.TryGetValue(version, out var days) || days.GetViewBetween(from, to).Count == 0;

    /// <summary>Publishes of the version on days before <paramref name="day"/>, and the day of the last one.</summary>
    public (int Count, int LastDay) PublishesBefore(int version, int day)
    {
        var days = _rows.Where(r => r.Version == version && r.Action == "publish")
            .Select(r => World.Calendar.DayOf(r.Local)).Where(d => d >= 0 && d < day).ToList();
        return (days.Count, days.Count == 0 ? -1 : days.Max());
    }
}
