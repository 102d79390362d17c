using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>
/// The active patch of each (app_id, app_version) over time, rebuilt from the operation log (HU-DST-02): a
/// <c>publish</c> or <c>set_active</c> makes the named patch the active one and ends the previous one; a
/// <c>deactivate</c> ends whichever is active. The version is the row's, else the patch's first publish/upload, else its manifest's.
/// Per app version it also keeps when each such action was taken and whether it was a rollback (<c>set_active</c>,
/// <c>deactivate</c>), for <see cref="RolledBackAt"/>.
/// </summary>
internal sealed class ActivationTimeline
{
    private readonly Dictionary<int, List<(long Start, long End)>> _stretches = [];
    private readonly Dictionary<(int App, int Version), List<(long Ts, bool Rollback)>> _actions = [];

    public ActivationTimeline(OperationView ops, IReadOnlyList<Record> byTime, PatchIndex patches)
    {
        var active = new Dictionary<(int App, int Version), (int Patch, long Start)>();
        foreach (var row in byTime)
        {
            var action = ops.Action(row);
            if (action is not ("publish" or "set_active" or "deactivate"))
            {
                continue;
            }
            var patch = ops[row, "patch_id"];
            var app = ops[row, "app_id"] is var a and not SymbolTable.None ? a : patches.AppId(patch);
            var version = ops[row, "app_version"] is var v and not SymbolTable.None ? v : patches.AppVersion(patch);
            if (version == SymbolTable.None || (action != "deactivate" && patch == SymbolTable.None))
            {
                continue;
            }
            if (!_actions.TryGetValue((app, version), out var actions))
            {
                _actions[(app, version)] = actions = [];
            }
            actions.Add((row.Ts, action != "publish"));
            if (active.Remove((app, version), out var ending))
            {
                Stretches(ending.Patch).Add((ending.Start, row.Ts));
            }
            if (action != "deactivate")
            {
                active[(app, version)] = (patch, row.Ts);
            }
        }
        foreach (var (patch, start) in active.Values)
        {
            Stretches(patch).Add((start, long.MaxValue));
        }
    }

    /// <summary>
    /// Whether the last release action on the app version at or before <paramref name="ts"/> was a rollback
    /// (<c>set_active</c> of an earlier patch, <c>deactivate</c>): the server has told the version's devices to go back,
    /// and no publish has come since.
    /// </summary>
    public bool RolledBackAt(int app, int version, long ts)
    {
        if (!_actions.TryGetValue((app, version), out var actions) || actions.Count == 0 || actions[0].Ts > ts)
        {
            return false;
        }
        // The operation log comes sorted by time: the last action at or before ts by binary search.
        var (lo, hi) = (0, actions.Count - 1);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            (lo, hi) = actions[mid].Ts <= ts ? (mid, hi) : (lo, mid - 1);
        }
        return actions[lo].Rollback;
    }

    /// <summary>Whether the patch is active at <paramref name="ts"/>; null when it never had an active stretch.</summary>
    public bool? ActiveAt(int patch, long ts) =>
        _stretches.TryGetValue(patch, out var stretches) ? stretches.Any(s => s.Start <= ts && ts < s.End) : null;

    /// <summary>The patch's active stretches in time order; an open one ends at <see cref="long.MaxValue"/>.</summary>
    public IReadOnlyList<(long Start, long End)> StretchesOf(int patch) =>
        _stretches.TryGetValue(patch, out var stretches) ? [.. stretches.OrderBy(s => s.Start)] : [];

    /// <summary>Hours since the patch's last active stretch ended; null when it is active at <paramref name="ts"/> or never was before it.</summary>
    public double? HoursSinceActive(int patch, long ts)
    {
        if (!_stretches.TryGetValue(patch, out var stretches) || stretches.Any(s => s.Start <= ts && ts < s.End))
        {
            return null;
        }
        var ended = stretches.Where(s => s.End <= ts).Select(s => s.End).DefaultIfEmpty(long.MinValue).Max();
        return ended == long.MinValue ? null : (ts - ended) / (double)TimeSpan.TicksPerHour;
    }

    private List<(long Start, long End)> Stretches(int patch)
    {
        if (!_stretches.TryGetValue(patch, out var list))
        {
            _stretches[patch] = list = [];
        }
        return list;
    }
}
