namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Places the telemetry anomalies of <see cref="StrengthPlan"/> on vectors with a base, two weeks or more into the
/// case, off holidays, three days clear of any control or other anomaly of the version, preferring apps not yet used
/// for the kind; edits the day's events to the target and records the strength measured on the result.
/// </summary>
internal sealed class TelemetryInjector(FleetWorld world, VectorIndex index, FleetLedger ledger, Random rng)
{
    public void Inject(TelemetryEdits edits)
    {
        var used = new HashSet<(string Kind, int App)>();
        var stats = index.Vectors.Order().ToDictionary(v => v, v => index.Stats(v.Version, v.Day));
        foreach (var (kind, target) in StrengthPlan.Telemetry)
        {
            var candidates = stats.Keys
                .Where(v => v.Day >= 14 && v.Day < world.Days - 1 && !world.Holidays.Contains(v.Day)
                    && v.Day >= world.Versions[v.Version].Launch + 7 && ledger.Free(v.Version, v.Day, 3))
                .ToList();
            var fitting = candidates.Where(v => Fits(kind, target, stats[v]) && edits.Feasible(kind, target, v.Version, v.Day)).ToList();
            var fresh = fitting.Where(v => !used.Contains((kind, world.Versions[v.Version].App))).ToList();
            var pool = fresh.Count > 0 ? fresh : fitting;
            if (pool.Count == 0)
                continue;
            var (version, day) = pool[rng.Next(pool.Count)];
            edits.Apply(kind, target, version, day);
            used.Add((kind, world.Versions[version].App));
            ledger.Anomaly(version, day, kind, index.Stats(version, day).Measure(kind));
        }
    }

    /// <summary>A vector with the base for the kind whose usual measure is clearly under the target.</summary>
    private static bool Fits(string kind, double target, VectorStats s)
    {
        if (!StrengthPlan.HasBase(kind, s))
            return false;
        var now = s.Measure(kind);
        return double.IsNaN(now) || now < (kind == AnomalyKinds.ApplyRateSpike ? target / 2 : target - 0.04);
    }
}
