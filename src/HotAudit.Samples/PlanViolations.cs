namespace HotAudit.Samples;

/// <summary>
/// The findings the operation log of a release plan causes at the rules' default parameters (RULES.md): publishing
/// storms (HU-FRQ-01/02), publishes without approval (HU-GOV-02) and a log shorter than six months (HU-LOG-02).
/// </summary>
internal static class PlanViolations
{
    private const int MaxPerVersionPerDay = 3;
    private const int MaxPerAppPerWeek = 10;
    private const int RetentionDays = 183;

    public static IEnumerable<Violation> Of(ReleasePlan plan, long firstOperationTicks, long periodEndTicks)
    {
        foreach (var g in plan.Releases.GroupBy(r => (r.AppId, r.AppVersion)))
        {
            var most = MostWithin(g.Select(r => r.PublishedTicks), TimeSpan.TicksPerDay);
            if (most > MaxPerVersionPerDay)
            {
                yield return new(RuleIds.PublishesPerVersion, [new("app_id", g.Key.AppId), new("app_version", g.Key.AppVersion)], most,
                    $"{most} publishes of one app version within 24 h");
            }
        }
        foreach (var g in plan.Releases.GroupBy(r => r.AppId))
        {
            var most = MostWithin(g.Select(r => r.PublishedTicks), 7 * TimeSpan.TicksPerDay);
            if (most > MaxPerAppPerWeek)
            {
                yield return new(RuleIds.PublishesPerApp, [new("app_id", g.Key)], most, $"{most} publishes of one app within 7 days");
            }
        }
        foreach (var r in plan.Releases.Where(r => !r.Approved))
        {
            yield return new(RuleIds.Unapproved, [new("app_id", r.AppId), new("patch_id", r.PatchId)], 1, "published without an approval");
        }
        var covered = (periodEndTicks - firstOperationTicks) / TimeSpan.TicksPerDay;
        if (covered < RetentionDays)
        {
            yield return new(RuleIds.ShortLog, [new("scope", "case")], covered,
                $"the operation log covers {covered} days, less than six months (the case is shorter)");
        }
    }

    /// <summary>The most instants any closed window of <paramref name="window"/> ticks holds.</summary>
    private static int MostWithin(IEnumerable<long> instants, long window)
    {
        var t = instants.Order().ToArray();
        var most = 0;
        for (int i = 0, j = 0; j < t.Length; j++)
        {
            while (t[j] - t[i] > window)
            {
                i++;
            }
            most = Math.Max(most, j - i + 1);
        }
        return most;
    }
}
