namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The operation-log anomalies, on quiet app versions and on days when nobody else touched them: a burst of publishes
/// of patches staged the days before, an operator flipping the active patch back and forth, and people from other
/// apps' teams working on a version that is not theirs. Publishes and rollbacks come late in the evening, by one
/// member of the usual team, so the day's operator count stays at one.
/// </summary>
internal static class OperationInjector
{
    public static void Inject(OperationLog log, Ledger ledger, Random rng)
    {
        var world = log.World;
        var quiet = world.Versions.Where(v => v.Cadence is Cadence.Quiet or Cadence.Fading).ToList();
        var rollbackable = world.Versions.Where(v => v.Cadence is Cadence.Quiet or Cadence.Regular).ToList();
        foreach (var k in StrengthPlan.Publishes)
            Place(log, ledger, rng, quiet, d => true, 2, 1, (v, d) => PublishBurst(log, rng, v, d, k), AnomalyKinds.PublishBurst, k);
        foreach (var k in StrengthPlan.Rollbacks)
            Place(log, ledger, rng, rollbackable, RollbackReady(log), 0, 1, (v, d) => RollbackBurst(log, rng, v, d, k), AnomalyKinds.RollbackBurst, k);
        foreach (var k in StrengthPlan.Operators)
            Place(log, ledger, rng, quiet, d => true, 0, 0, (v, d) => OperatorBurst.Write(log, rng, v, d, k), AnomalyKinds.OperatorBurst, k);
    }

    private static Func<VersionPlan, Func<int, bool>> RollbackReady(OperationLog log) =>
        v => d => log.PublishesBefore(v.Index, d).Count >= 2;

    private static void Place(
        OperationLog log, Ledger ledger, Random rng, List<VersionPlan> versions, Func<VersionPlan, Func<int, bool>> ready,
        int before, int after, Action<VersionPlan, int> write, string kind, int strength)
    {
        foreach (var version in versions.OrderBy(_ => rng.Next()))
        {
            var test = ready(version);
            var day = GapFinder.Find(log, ledger, rng, version, d => log.Free(version.Index, d - before, d + after) && test(d));
            if (day < 0)
                continue;
            write(version, day);
            ledger.Anomaly(version, day, kind, strength);
            return;
        }
    }

    private static void Place(
        OperationLog log, Ledger ledger, Random rng, List<VersionPlan> versions, Func<int, bool> ready,
        int before, int after, Action<VersionPlan, int> write, string kind, int strength) =>
        Place(log, ledger, rng, versions, _ => ready, before, after, write, kind, strength);

    private static void PublishBurst(OperationLog log, Random rng, VersionPlan version, int day, int count)
    {
        var calendar = log.World.Calendar;
        var patches = Enumerable.Range(0, count).Select(_ => PatchChain.NewPatch(log, rng, version.Index)).ToList();
        var t = calendar.At(day - 2, 10 * 3600 + rng.Next(3600));
        foreach (var patch in patches)
            PatchChain.Upload(log, rng, t = t.AddMinutes(40 + rng.Next(40)), version.Index, patch);
        t = calendar.At(day - 1, 10 * 3600 + rng.Next(1800));
        foreach (var patch in patches)
            PatchChain.Review(log, t = t.AddMinutes(20 + rng.Next(30)), version.Index, patch);
        t = calendar.At(day - 1, 16 * 3600 + rng.Next(1800));
        foreach (var patch in patches)
            PatchChain.Approve(log, t = t.AddMinutes(5 + rng.Next(15)), version.Index, patch);
        t = calendar.At(day, 20 * 3600 + rng.Next(1800));
        foreach (var patch in patches)
            PatchChain.Publish(log, t = t.AddMinutes(8 + rng.Next(12)), version.Index, patch);
    }

    /// <summary>
    /// Deactivate / set_active of the previous patch, alternating, ending with the previous patch active; every step
    /// is a rollback in the contract's sense (an earlier patch made active, or a deactivation).
    /// </summary>
    private static void RollbackBurst(OperationLog log, Random rng, VersionPlan version, int day, int count)
    {
        var person = log.World.AppOf(version).Team.Lead;
        var steps = count % 2 == 0 ? new[] { "deactivate", "set_active" } : ["set_active", "deactivate"];
        var t = log.World.Calendar.At(day, 21 * 3600 + rng.Next(1800));
        for (var i = 0; i < count; i++)
            log.AddByTeam(t = t.AddMinutes(4 + rng.Next(10)), person, steps[i % 2], version.Index, null);
    }
}
