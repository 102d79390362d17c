namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// People who do not work on an app version acting on it in one day: members of other apps' teams upload a trial
/// build, review it, ask for approval and export the log. Nothing is published or rolled back.
/// </summary>
internal static class OperatorBurst
{
    public static void Write(OperationLog log, Random rng, VersionPlan version, int day, int count)
    {
        var world = log.World;
        var own = world.AppOf(version).Team.Members.ToHashSet();
        var outsiders = world.Apps.Where(a => a.Index != version.App).SelectMany(a => a.Team.Members)
            .Where(p => !own.Contains(p)).Distinct().OrderBy(_ => rng.Next()).Take(count).ToList();
        var trial = log.NewPatch(version.Index, "trial build for an A/B experiment", trial: true);
        var t = world.Calendar.At(day, 10 * 3600 + rng.Next(3600));
        for (var i = 0; i < outsiders.Count; i++)
        {
            var (action, patch, result) = (i % 4) switch
            {
                0 => ("patch_upload", trial, (string?)null),
                1 => ("security_review", trial, "pass"),
                2 => ("log_export", null, null),
                _ => ("approval_request", trial, null),
            };
            log.Add(new OpRow(t = t.AddMinutes(25 + rng.Next(60)), outsiders[i], RoleOf(world, outsiders[i]), action, version.App, version.Index, patch, result));
        }
    }

    private static string RoleOf(OperatorWorld world, string person) =>
        world.Apps.Select(a => a.Team).First(t => t.Members.Contains(person)).RoleOf(person);
}
