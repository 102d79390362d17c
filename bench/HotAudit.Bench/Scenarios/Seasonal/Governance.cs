namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Platform-wide operations a real log holds besides patches: app registration, permission grants when accounts were
/// created, a key rotation, and the monthly usage review (clause 7.1 d) — reaching back well over 183 days.
/// </summary>
internal static class Governance
{
    public static void Add(OperationLog log, Random rng)
    {
        var world = log.World;
        foreach (var app in world.Apps)
        {
            log.Add(new OperationRow(world.At(-rng.Next(420, 700), AppRates.Between(rng, 9, 18)), Names.Admin, "admin", "app_register") { App = app });
        }
        var accounts = world.Apps.SelectMany(a => a.Team.Developers.Append(a.Team.Lead).Append(a.Team.Release))
            .Concat(Names.Reviewers).Concat(Names.Outsiders).Append(Names.Auditor).Distinct();
        foreach (var account in accounts)
        {
            log.Add(new OperationRow(world.At(-rng.Next(200, 400), AppRates.Between(rng, 9, 18)), Names.Admin, "admin", "permission_grant") { Content = $"grant {account}" });
        }
        log.Add(new OperationRow(world.At(-rng.Next(100, 250), AppRates.Between(rng, 9, 18)), Names.Admin, "admin", "key_rotate"));
        for (var day = -rng.Next(190, 220); day < world.Days; day += rng.Next(25, 36))
        {
            log.Add(new OperationRow(world.At(day, AppRates.Between(rng, 14, 17)), Names.Auditor, "auditor", "usage_review"));
        }
    }
}
