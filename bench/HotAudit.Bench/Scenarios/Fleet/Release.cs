namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>One ordinary release of a version on a working day, and what may follow it before the next release.</summary>
internal sealed class Release(OperationLog log, FleetLedger ledger, Random rng, FleetVersion version, int day, int next)
{
    private readonly FleetWorld _world = log.World;
    private readonly FleetTeam _team = log.World.AppOf(version).Team;
    private readonly AppProfile _profile = log.World.AppOf(version).Profile;

    public void Plan()
    {
        var gate = _profile.Staged ? 10 : 100;
        var developer = _team.Developers[rng.Next(_team.Developers.Count)];
        var upload = day > -FleetWorld.LogHistory && rng.NextDouble() < 0.35
            ? ReleasePlanner.At(_world, day - 1, 14 + (3 * rng.NextDouble()), rng)
            : ReleasePlanner.At(_world, day, 9.5 + (2 * rng.NextDouble()), rng);
        var review = upload.Date < _world.Date(day).ToDateTime(TimeOnly.MinValue) ? ReleasePlanner.At(_world, day, 9.5, rng) : upload.AddMinutes(rng.Next(40, 120));
        var (patch, published) = Chain(developer, upload, review, gate);
        if (published.Hour < 17 && rng.NextDouble() < ReleasePlanner.FixOfFixRate)
        {
            var second = _team.Developers[rng.Next(_team.Developers.Count)];
            var fixUpload = published.AddMinutes(rng.Next(40, 100));
            (patch, _) = Chain(second, fixUpload, fixUpload.AddMinutes(rng.Next(15, 40)), gate);
            ledger.Control(version.Index, day, FleetKinds.FixOfFix);
        }
        else if (rng.NextDouble() < ReleasePlanner.RollbackRate && day + 2 < next && patch > 1)
        {
            var back = day + rng.Next(1, 3);
            log.Add(new FleetOp(ReleasePlanner.At(_world, back, 10 + (7 * rng.NextDouble()), rng), _team.Lead, "lead", "set_active", version.Index, patch - 1));
            ledger.Control(version.Index, back, FleetKinds.SingleRollback);
            return;
        }
        if (gate < 100)
            Widen(patch);
    }

    /// <summary>Upload, review, approval request, approval and publish of a new patch; returns it and its publish time.</summary>
    private (int Patch, DateTime Published) Chain(string developer, DateTime upload, DateTime review, int gate)
    {
        var patch = log.NextPatch(version.Index);
        var reviewer = _world.Reviewers[rng.Next(_world.Reviewers.Count)];
        var request = review.AddMinutes(rng.Next(5, 30));
        var approve = request.AddMinutes(rng.Next(10, 90));
        var publish = approve.AddMinutes(rng.Next(10, 120));
        log.Add(new FleetOp(upload, developer, "developer", "patch_upload", version.Index, patch));
        log.Add(new FleetOp(review, reviewer, "security", "security_review", version.Index, patch, "pass", Api: reviewer.EndsWith("-bot", StringComparison.Ordinal)));
        log.Add(new FleetOp(request, developer, "developer", "approval_request", version.Index, patch));
        log.Add(new FleetOp(approve, _team.Lead, "lead", "approve", version.Index, patch, "approved"));
        var bot = _team.Releaser.EndsWith("-bot", StringComparison.Ordinal);
        log.Add(new FleetOp(publish, _team.Releaser, bot ? "ci" : "release", "publish", version.Index, patch, Gate: gate, Api: bot));
        return (patch, publish);
    }

    /// <summary>The staged gate opened to 50 % one or two days later and to everyone two or three days after that (rollout automation).</summary>
    private void Widen(int patch)
    {
        var half = day + rng.Next(1, 3);
        var full = half + rng.Next(2, 4);
        if (half < next && half < _world.Days)
        {
            log.Add(new FleetOp(ReleasePlanner.At(_world, half, 11, rng), "rollout-automation", "automation", "targeting_change", version.Index, patch, Gate: 50, Api: true));
            ledger.Control(version.Index, half, FleetKinds.StagedWidening);
        }
        if (full < next && full < _world.Days)
            log.Add(new FleetOp(ReleasePlanner.At(_world, full, 11, rng), "rollout-automation", "automation", "targeting_change", version.Index, patch, Gate: 100, Api: true));
    }
}
