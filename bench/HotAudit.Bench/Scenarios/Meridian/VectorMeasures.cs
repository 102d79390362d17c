namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>Measures every vector of a case from the rows as written: each event once (a duplicate delivery or a broken
/// copy is not another event), on the local day of the timestamp the device wrote; each operation once, on its local day.</summary>
internal static class VectorMeasures
{
    public static Dictionary<VectorKey, VectorMeasure> From(IEnumerable<TelemetryEvent> events, IReadOnlyList<Device> devices,
        IEnumerable<Operation> operations)
    {
        var tallies = new Dictionary<VectorKey, VectorTally>();
        VectorTally Of(VectorKey key)
        {
            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new VectorTally();
            }
            return tally;
        }
        foreach (var e in events)
        {
            Of(new VectorKey(devices[e.Device].App, e.Version, MeridianCalendar.DayOf(e.At))).Add(e);
        }
        foreach (var op in operations.Where(o => o.Version >= 0))
        {
            Of(new VectorKey(op.App, op.Version, MeridianCalendar.DayOf(op.At))).Add(op);
        }
        return tallies.ToDictionary(p => p.Key, p => VectorMeasure.Of(p.Value));
    }
}
