namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Per version, which patch the platform serves and behind which gate, over time, replayed from the operation log:
/// a publish makes its patch active (behind its gate), set_active an earlier one (to everyone), deactivate none, a
/// targeting change moves the gate.
/// </summary>
internal sealed class PatchTimeline
{
    private readonly Dictionary<int, List<(DateTime At, int Patch, int Gate)>> _changes = [];

    public PatchTimeline(FleetWorld world, IReadOnlyList<FleetOp> ordered)
    {
        foreach (var version in world.Versions)
            _changes[version.Index] = [(DateTime.MinValue, version.PreCase, 100)];
        foreach (var op in ordered.Where(o => o.Version >= 0))
        {
            var list = _changes[op.Version];
            var current = list[^1];
            (int Patch, int Gate)? next = op.Action switch
            {
                "publish" => (op.Patch, op.Gate),
                "set_active" => (op.Patch, 100),
                "deactivate" => (0, 100),
                "targeting_change" => (current.Patch, op.Gate),
                _ => null,
            };
            if (next is { } n)
                list.Add((op.Local, n.Patch, n.Gate));
        }
    }

    /// <summary>The patch served when the telemetry starts (day 0), and its gate.</summary>
    public (int Patch, int Gate) AtStart(FleetWorld world, int version) => At(version, world.Date(0).ToDateTime(TimeOnly.MinValue));

    /// <summary>The patch served to <paramref name="version"/> at <paramref name="local"/> (0 = none) and its gate.</summary>
    public (int Patch, int Gate) At(int version, DateTime local)
    {
        var list = _changes[version];
        var i = list.Count - 1;
        while (list[i].At > local)
            i--;
        return (list[i].Patch, list[i].Gate);
    }
}
