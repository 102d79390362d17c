namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Numbers every published patch of a version in the order of its first publish, resolves rollbacks (a set_active
/// goes back to the patch published before the latest one, a deactivate switches off the active one), and records
/// which patch number each version serves from when (0 = none): what devices see when they check.
/// </summary>
internal sealed class PatchTimelines
{
    private const int TrialNumbers = 9000;

    private readonly Dictionary<int, List<(DateTime From, int Number)>> _active = [];

    /// <summary>The operation log with every rollback's patch resolved, in time order.</summary>
    public IReadOnlyList<OpRow> Rows { get; private set; } = [];

    public static PatchTimelines Build(OperationLog log)
    {
        var rows = log.Rows.OrderBy(r => r.Local).ToList();
        Number(rows, log.World);
        var timelines = new PatchTimelines();
        var resolved = new List<OpRow>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.Version))
        {
            if (group.Key < 0)
            {
                resolved.AddRange(group);
                continue;
            }
            resolved.AddRange(timelines.Resolve(log.World.Versions[group.Key], group));
        }
        timelines.Rows = resolved.OrderBy(r => r.Local).ToList();
        return timelines;
    }

    /// <summary>The patch number the version serves at <paramref name="local"/> (0 = none).</summary>
    public int ActiveAt(VersionPlan version, DateTime local)
    {
        if (!_active.TryGetValue(version.Index, out var list))
            return version.PatchesBefore;
        var active = version.PatchesBefore;
        foreach (var (from, number) in list)
        {
            if (from > local)
                break;
            active = number;
        }
        return active;
    }

    /// <summary>When each patch of the version was first published.</summary>
    public IEnumerable<(DateTime From, int Number)> Changes(VersionPlan version) =>
        _active.TryGetValue(version.Index, out var list) ? list : [];

    private static void Number(List<OpRow> rows, OperatorWorld world)
    {
        // The last patch published before the case is the one the devices run at the start (PatchesBefore).
        var before = rows.Where(r => r.Action == "publish" && r.Local < world.Calendar.At(0, 0)).GroupBy(r => r.Version).ToDictionary(g => g.Key, g => g.Count());
        var next = world.Versions.ToDictionary(v => v.Index, v => v.PatchesBefore + 1 - before.GetValueOrDefault(v.Index));
        var trials = 0;
        foreach (var row in rows.Where(r => r.Patch is { Number: 0 }))
        {
            if (row.Patch!.Trial)
                row.Patch.Number = TrialNumbers + ++trials;
            else if (row.Action == "publish")
                row.Patch.Number = next[row.Patch.Version]++;
        }
    }

    private IEnumerable<OpRow> Resolve(VersionPlan version, IEnumerable<OpRow> rows)
    {
        var published = new List<int>();
        var active = version.PatchesBefore;
        var changes = _active[version.Index] = [];
        var byNumber = new Dictionary<int, PlannedPatch>();
        foreach (var row in rows)
        {
            var output = row;
            if (row is { Action: "publish", Patch: not null })
            {
                byNumber[row.Patch.Number] = row.Patch;
                published.Add(active = row.Patch.Number);
            }
            else if (row.Action == "set_active")
            {
                active = published[^2];
                output = row with { Patch = byNumber[active] };
            }
            else if (row.Action == "deactivate")
            {
                output = row with { Patch = byNumber[active] };
                active = 0;
            }
            else
            {
                yield return output;
                continue;
            }
            changes.Add((row.Local, active));
            yield return output;
        }
    }
}
