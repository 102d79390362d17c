namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Injects the telemetry anomalies into single vectors with a base of at least <see cref="MinBase"/> devices, on days
/// the ledger leaves open, and records each one's strength as measured on the rewritten events.
/// </summary>
internal sealed class TelemetryInjector(OperatorWorld world, PatchTimelines timelines, Ledger ledger, Random rng)
{
    /// <summary>The monitor's default minimum base is 20 devices; a little more keeps a share meaningful.</summary>
    private const int MinBase = 25;

    public void Inject(List<SimEvent> events, VectorIndex index)
    {
        var edits = new TelemetryEdits(world, timelines, events, index, rng);
        var keys = index.Keys.OrderBy(_ => rng.Next()).ToList();
        foreach (var kind in StrengthPlan.ShareKinds)
        {
            foreach (var share in StrengthPlan.Shares)
                Place(events, index, keys, kind, key => edits.Share(kind, key, share));
        }
        foreach (var multiple in StrengthPlan.ApplyMultiples)
            Place(events, index, keys, AnomalyKinds.ApplyRateSpike, key => edits.ApplyRate(key, multiple, UsualRate(events, index, key.Version)));
    }

    private void Place(List<SimEvent> events, VectorIndex index, List<(int Version, int Day)> keys, string kind, Func<(int Version, int Day), bool> edit)
    {
        foreach (var key in keys)
        {
            var version = world.Versions[key.Version];
            if (!ledger.Open(version, key.Day) || VectorStats.Of(events, index[key]).Base(kind) < MinBase || !edit(key))
                continue;
            var strength = VectorStats.Of(events, index[key]).Measure(kind);
            ledger.Anomaly(version, key.Day, kind, Math.Round(strength, 4));
            return;
        }
    }

    /// <summary>The version's median applies per active device over its days with a base, or 0.</summary>
    private double UsualRate(List<SimEvent> events, VectorIndex index, int version)
    {
        var rates = Enumerable.Range(0, world.Calendar.Days)
            .Select(d => VectorStats.Of(events, index[(version, d)]))
            .Where(s => s.Active >= MinBase).Select(s => s.Measure(AnomalyKinds.ApplyRateSpike)).Order().ToList();
        return rates.Count == 0 ? 0 : rates[rates.Count / 2];
    }
}
