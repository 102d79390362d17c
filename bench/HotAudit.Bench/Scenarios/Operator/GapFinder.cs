namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>Finds a day for a special on one app version: open in the ledger and meeting the special's own test.</summary>
internal static class GapFinder
{
    /// <summary>A random qualifying day, or -1 when the version has none.</summary>
    public static int Find(OperationLog log, Ledger ledger, Random rng, VersionPlan version, Func<int, bool> fits)
    {
        var days = Enumerable.Range(0, log.World.Calendar.Days)
            .Where(d => ledger.Open(version, d) && fits(d)).ToList();
        return days.Count == 0 ? -1 : days[rng.Next(days.Count)];
    }
}
