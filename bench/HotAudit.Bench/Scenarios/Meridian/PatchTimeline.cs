namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// What the platform serves to one app version over time, replayed from its operation log: a publish makes its patch
/// active (for its condition), set_active makes an earlier patch active for everyone, deactivate of the active patch
/// leaves the base package, a targeting change re-targets the active patch.
/// </summary>
internal sealed class PatchTimeline
{
    private readonly List<PatchState> _states = [new(long.MinValue, 0, null)];

    public static PatchTimeline[] For(AppWorld app, IEnumerable<Operation> operations)
    {
        var timelines = app.Versions.Select(_ => new PatchTimeline()).ToArray();
        foreach (var op in operations.Where(o => o.Version >= 0).OrderBy(o => o.At))
        {
            timelines[op.Version].Apply(op);
        }
        return timelines;
    }

    /// <summary>The state at <paramref name="at"/>.</summary>
    public PatchState At(long at)
    {
        var lo = 0;
        var hi = _states.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_states[mid].From <= at)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return _states[lo];
    }

    private void Apply(Operation op)
    {
        var now = _states[^1];
        PatchState? next = op.Action switch
        {
            "publish" => new PatchState(op.At, op.Patch, op.Distribution == "conditional" ? op.Condition : null),
            "set_active" => new PatchState(op.At, op.Patch, null),
            "deactivate" when op.Patch == now.Active => new PatchState(op.At, 0, null),
            "targeting_change" when op.Patch == now.Active && now.Active > 0 => new PatchState(op.At, now.Active, op.Distribution == "conditional" ? op.Condition : null),
            _ => null,
        };
        if (next is { } state)
        {
            _states.Add(state);
        }
    }
}
