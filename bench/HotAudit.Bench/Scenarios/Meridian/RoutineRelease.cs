namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// A routine release day in each team's style: who uploads, who publishes, whether a fix of the fix follows the same
/// afternoon, whether the product manager confirms the rollout, whether the publish goes to the beta group first.
/// </summary>
internal static class RoutineRelease
{
    /// <summary>The staged team's first audience.</summary>
    public const string BetaCondition = "tier == \"beta\"";

    /// <summary>The staged team's first widening: the beta group and the south region.</summary>
    public const string WidenedCondition = "tier == \"beta\" || region == \"south\"";

    public static void Write(OperationDesk desk, ReleasePlan plan)
    {
        var team = desk.App.Team;
        var uploader = desk.Developer();
        switch (desk.App.Profile.Style)
        {
            case ReleaseStyle.FullChain:
                var byLead = desk.Rng.NextDouble() < 0.4;
                desk.Chain(plan.Version, plan.Day, uploader, byLead ? team.Lead : uploader, byLead ? "lead" : "developer");
                break;
            case ReleaseStyle.ReleaseManager:
                desk.Chain(plan.Version, plan.Day, uploader, team.ReleaseManager, "release_manager");
                break;
            case ReleaseStyle.Staged:
                desk.Chain(plan.Version, plan.Day, uploader, team.ReleaseManager, "release_manager", condition: BetaCondition);
                break;
            case ReleaseStyle.FixOfFix:
                var (at, _) = desk.Chain(plan.Version, plan.Day, uploader, uploader, "developer", start: OperationDesk.At(plan.Day, 9.5 + 2 * desk.Rng.NextDouble()));
                if (plan.Variant == 1)
                {
                    var fixer = team.Developers.FirstOrDefault(d => d != uploader) ?? uploader;
                    desk.Chain(plan.Version, plan.Day, fixer, fixer, "developer", start: at + desk.Minutes(60, 150),
                        content: PatchNotes.HotfixNote(desk.Rng));
                }
                break;
            default:
                WriteManyHands(desk, plan, uploader);
                break;
        }
    }

    /// <summary>Three people when the lead publishes, four with the release manager, five when the product manager confirms the rollout after it.</summary>
    private static void WriteManyHands(OperationDesk desk, ReleasePlan plan, string uploader)
    {
        var team = desk.App.Team;
        var (at, patch) = plan.Variant <= 3
            ? desk.Chain(plan.Version, plan.Day, uploader, team.Lead, "lead")
            : desk.Chain(plan.Version, plan.Day, uploader, team.ReleaseManager, "release_manager");
        if (plan.Variant >= 5)
        {
            desk.Add(new Operation(at + desk.Minutes(30, 90), team.ProductManager, "product", "targeting_change", desk.App.Index,
                plan.Version, patch, Distribution: "full"));
        }
    }
}
