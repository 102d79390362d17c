namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Legitimate but unusual days in the operation log, placed in gaps of the ordinary schedule: big release days
/// (the whole chain in one morning, devices prompted), and the rare rollback shortly after a patch went out.
/// </summary>
internal static class OperationSpecials
{
    public static void Schedule(OperationLog log, Ledger ledger, Random rng)
    {
        var world = log.World;
        var big = world.Versions.Where(v => v.Cadence is Cadence.Quiet or Cadence.Regular && v.LaunchDay < 0
            && world.AppOf(v).Population * v.InitialShare >= 250).ToList();
        foreach (var version in Pick(rng, big, rng.Next(1, 4)))
        {
            var day = GapFinder.Find(log, ledger, rng, version, d => log.Free(version.Index, d - 1, d + 1));
            if (day < 0)
                continue;
            PatchChain.SameDay(log, rng, version.Index, day);
            ledger.Take(version, day);
            ledger.ReleaseDays.Add((version.Index, day));
            ledger.Control(version, day, AnomalyKinds.ReleaseDay);
        }
        var rollbackable = world.Versions.Where(v => v.Cadence is Cadence.Quiet or Cadence.Regular).ToList();
        foreach (var version in Pick(rng, rollbackable, rng.Next(1, 3)))
            LegitimateRollback(log, ledger, rng, version);
    }

    private static void LegitimateRollback(OperationLog log, Ledger ledger, Random rng, VersionPlan version)
    {
        var day = GapFinder.Find(log, ledger, rng, version, d =>
        {
            var (count, last) = log.PublishesBefore(version.Index, d);
            return count >= 2 && d - last <= 3 && log.Free(version.Index, d, d + 1);
        });
        if (day < 0)
            return;
        var lead = log.World.AppOf(version).Team.Lead;
        log.AddByTeam(log.World.Calendar.At(day, 11 * 3600 + rng.Next(4 * 3600)), lead, "set_active", version.Index, null);
        ledger.Take(version, day);
    }

    /// <summary><paramref name="count"/> distinct items in a seeded order.</summary>
    public static List<T> Pick<T>(Random rng, IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => rng.Next()).Take(count).ToList();
}
