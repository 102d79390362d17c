namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The steps of one patch through upload → security review → approval → publish, as the team does them.</summary>
internal static class PatchChain
{
    private static readonly string[] Changes =
    [
        "fix crash on the order page", "fix login timeout", "update the payment SDK call", "fix layout on small screens",
        "correct a price rounding", "fix push registration", "fix a memory leak in the feed", "patch the share dialog",
        "fix video playback stall", "adjust the coupon rules", "fix map tile caching", "repair the search filter",
    ];

    /// <summary>A patch for <paramref name="version"/> with a plausible description.</summary>
    public static PlannedPatch NewPatch(OperationLog log, Random rng, int version) =>
        log.NewPatch(version, Changes[rng.Next(Changes.Length)]);

    public static void Upload(OperationLog log, Random rng, DateTime at, int version, PlannedPatch patch)
    {
        var team = log.World.AppOf(log.World.Versions[version]).Team;
        var developer = team.Developers[rng.Next(team.Developers.Count)];
        log.AddByTeam(at, developer, "patch_upload", version, patch);
        log.AddByTeam(at.AddMinutes(5 + rng.Next(30)), developer, "approval_request", version, patch);
    }

    public static void Review(OperationLog log, DateTime at, int version, PlannedPatch patch) =>
        log.AddByTeam(at, Team(log, version).Reviewer, "security_review", version, patch, "pass");

    public static void Approve(OperationLog log, DateTime at, int version, PlannedPatch patch) =>
        log.AddByTeam(at, Team(log, version).Lead, "approve", version, patch, "approved");

    public static void Publish(OperationLog log, DateTime at, int version, PlannedPatch patch) =>
        log.AddByTeam(at, Team(log, version).Publisher, "publish", version, patch);

    /// <summary>The whole chain within one working day, starting in the morning.</summary>
    public static void SameDay(OperationLog log, Random rng, int version, int day)
    {
        var patch = NewPatch(log, rng, version);
        var t = log.World.Calendar.At(day, 9 * 3600 + rng.Next(5400));
        Upload(log, rng, t, version, patch);
        Review(log, t = t.AddMinutes(40 + rng.Next(60)), version, patch);
        Approve(log, t = t.AddMinutes(15 + rng.Next(45)), version, patch);
        Publish(log, t.AddMinutes(15 + rng.Next(75)), version, patch);
    }

    private static Team Team(OperationLog log, int version) => log.World.AppOf(log.World.Versions[version]).Team;
}
