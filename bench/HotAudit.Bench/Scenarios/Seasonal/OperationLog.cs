namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The operation log being planned; keeps each version's busy days and, at the end, its active-patch timeline.</summary>
internal sealed class OperationLog(SeasonalWorld world)
{
    public List<OperationRow> Rows { get; } = [];
    public SeasonalWorld World { get; } = world;

    public void Add(OperationRow row)
    {
        Rows.Add(row);
        if (row.Version is { } version)
        {
            var day = World.DayOf(row.Ticks);
            version.OperationDays[day] = version.OperationDays.GetValueOrDefault(day) + 1;
        }
    }

    /// <summary>Derives every version's active patch over time from its publish, set_active and deactivate rows.</summary>
    public void BuildTimelines()
    {
        foreach (var version in World.Versions)
        {
            version.SetTimeline(Rows.Where(r => r.Version == version).Select(r => r.Action switch
            {
                "publish" or "set_active" => (r.Ticks, version.Patches.IndexOf(r.Patch!)),
                "deactivate" => (r.Ticks, -1),
                _ => (long.MinValue, int.MinValue),
            }).Where(c => c.Item2 != int.MinValue));
        }
    }
}
