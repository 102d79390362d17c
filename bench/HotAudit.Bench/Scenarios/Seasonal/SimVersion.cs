namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// One app version: when it was released (day index, negative before the period), how often it is patched, its patches
/// and, once the operation log is planned, the timeline of its active patch (publish, set_active, deactivate).
/// </summary>
internal sealed class SimVersion(SimApp app, int index, string name, int releaseDay, Cadence cadence)
{
    private readonly List<(long Ticks, int Patch)> timeline = [];

    public SimApp App { get; } = app;
    public int Index { get; } = index;
    public string Name { get; } = name;
    public int ReleaseDay { get; } = releaseDay;
    public Cadence Cadence { get; set; } = cadence;

    /// <summary>The last day of normal patching (an old version stops being patched soon after its successor ships).</summary>
    public int LastPatchDay { get; set; } = int.MaxValue;
    public List<SimPatch> Patches { get; } = [];

    /// <summary>Published patches with their publish time (local ticks), in the order planned.</summary>
    public List<(SimPatch Patch, long Ticks)> Published { get; } = [];

    /// <summary>Operations planned on this version, by local day index: how many rows.</summary>
    public Dictionary<int, int> OperationDays { get; } = [];

    public bool Live(int day) => day >= ReleaseDay;

    public SimPatch NewPatch(bool prompted, string content, long uploaded)
    {
        var patch = new SimPatch(content, prompted, uploaded);
        Patches.Add(patch);
        return patch;
    }

    /// <summary>Numbers the patches from <paramref name="first"/> in publish order (patches never published: by upload).</summary>
    public void NumberPatches(int first, int seed)
    {
        var number = first;
        var published = Published.GroupBy(p => p.Patch).ToDictionary(g => g.Key, g => g.Min(p => p.Ticks));
        foreach (var patch in Patches.OrderBy(p => published.GetValueOrDefault(p, p.Uploaded)))
        {
            patch.Assign(this, number++, seed);
        }
    }

    public bool FreeOfOperations(int from, int to)
    {
        for (var d = from; d <= to; d++)
        {
            if (OperationDays.ContainsKey(d))
            {
                return false;
            }
        }
        return true;
    }

    public void SetTimeline(IEnumerable<(long Ticks, int Patch)> changes)
    {
        timeline.Clear();
        timeline.AddRange(changes.OrderBy(c => c.Ticks));
    }

    /// <summary>The index of the patch active at <paramref name="ticks"/> (local), or -1 when none is.</summary>
    public int ActiveAt(long ticks)
    {
        var active = -1;
        foreach (var (at, patch) in timeline)
        {
            if (at > ticks)
            {
                break;
            }
            active = patch;
        }
        return active;
    }

    /// <summary>Whether the active patch changes in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool ChangesBetween(long from, long to) => timeline.Exists(c => c.Ticks >= from && c.Ticks < to);

}
