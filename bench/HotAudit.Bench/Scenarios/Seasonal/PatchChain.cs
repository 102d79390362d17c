using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Writes one patch's way through the platform into the log, as the contract's vocabulary names it: patch_upload and
/// approval_request (developer), security_review (reviewer), approve (lead), publish (release owner, full, signed).
/// Each step on its own day where it can be, so a version's day sees one or two operators.
/// </summary>
internal sealed class PatchChain(OperationLog log, Random rng)
{
    private int approvals;

    /// <summary>Prepares a patch whose publish is on <paramref name="publishDay"/>; returns it, or null when the review failed.</summary>
    public SimPatch? Prepare(SimVersion version, int publishDay, bool big, int[]? prepDays = null, bool mustPass = false)
    {
        var world = log.World;
        var team = version.App.Team;
        var days = prepDays ?? [publishDay - 2, publishDay - 1, publishDay - 1];
        var developer = team.Developers[rng.Next(team.Developers.Count)];
        var upload = world.At(days[0], AppRates.Between(rng, 10, 18.5));
        var patch = version.NewPatch(big, Names.Changes[rng.Next(Names.Changes.Count)], upload);
        log.Add(Row(upload, developer, "developer", "patch_upload", version, patch) with { Content = patch.Content });
        var approvalId = string.Create(CultureInfo.InvariantCulture, $"AP-{world.Date(days[0]):yyyyMMdd}-{++approvals:D4}");
        log.Add(Row(upload + Minutes(10, 50), developer, "developer", "approval_request", version, patch) with { ApprovalId = approvalId });
        var review = Math.Max(world.At(days[1], AppRates.Between(rng, 9.5, 15)), upload + Minutes(60, 90));
        var passed = big || mustPass || rng.NextDouble() >= 0.03;
        log.Add(Row(review, team.Reviewer, "security", "security_review", version, patch) with { Result = passed ? "pass" : "fail" });
        if (!passed)
        {
            return null;
        }
        var approve = Math.Max(world.At(days[2], AppRates.Between(rng, 11, 17)), review + Minutes(30, 120));
        log.Add(Row(approve, team.Lead, "lead", "approve", version, patch) with { ApprovalId = approvalId, Result = "approved" });
        return patch;
    }

    public void Publish(SimVersion version, SimPatch patch, long at)
    {
        log.Add(Row(at, version.App.Team.Release, "release", "publish", version, patch) with
        {
            Content = patch.Content, Distribution = "full", Signed = true,
        });
        version.Published.Add((patch, at));
    }

    public static OperationRow Row(long at, string who, string role, string action, SimVersion version, SimPatch? patch) =>
        new(at, who, role, action) { App = version.App, Version = version, Patch = patch };

    private long Minutes(int low, int high) => rng.Next(low, high + 1) * TimeSpan.TicksPerMinute;
}
