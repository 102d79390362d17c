namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The operation rows of an operator burst: new vendor accounts (granted the evening before) each uploading a test
/// build; a war room of the team, the platform's reviewers and SREs touching the version all day; or shared console
/// logins used by several people. Each brings exactly the aimed number of distinct accounts to the version's day, and no
/// publish or rollback.
/// </summary>
internal static class OperatorBurst
{
    public static void Write(OperationDesk desk, Incident incident)
    {
        var app = desk.App;
        var active = desk.Desks[incident.Version].Active;
        var day = incident.Day;
        switch (incident.Pattern)
        {
            case IncidentPattern.VendorOnboarding:
                for (var k = 1; k <= incident.Count; k++)
                {
                    var vendor = $"vnd-{app.Profile.Short}.{k:00}";
                    desk.Add(new Operation(OperationDesk.At(day - 1, 16 + 2 * desk.Rng.NextDouble()), Team.Admin, "admin", "permission_grant",
                        app.Index, Content: $"{vendor}:upload"));
                    var patch = desk.Desks[incident.Version].Upload();
                    desk.Add(new Operation(OperationDesk.At(day, 10 + 8 * desk.Rng.NextDouble()), vendor, "vendor", "patch_upload", app.Index,
                        incident.Version, patch, desk.Rng.NextDouble() < 0.5 ? "smoke test build" : null));
                }
                break;
            case IncidentPattern.WarRoom:
                var pool = app.Team.Developers.Concat([app.Team.Lead, app.Team.ReleaseManager, app.Team.ProductManager, app.Team.Qa])
                    .Concat(Team.Security).Concat(Team.Sre).OrderBy(_ => desk.Rng.Next()).Take(incident.Count);
                foreach (var person in pool)
                {
                    desk.Add(WarRoomAction(desk, incident, person, active));
                }
                break;
            default:
                for (var k = 1; k <= incident.Count; k++)
                {
                    var at = OperationDesk.At(day, 9 + 12 * desk.Rng.NextDouble());
                    desk.Add(k % 2 == 0
                        ? new Operation(at, $"{app.Profile.Short}-console-{k}", "shared", "targeting_change", app.Index, incident.Version, active, Distribution: "full")
                        : new Operation(at, $"{app.Profile.Short}-console-{k}", "shared", "approval_request", app.Index, incident.Version, active,
                            ApprovalId: $"APR-{app.Profile.Short.ToUpperInvariant()}-X{k}"));
                }
                break;
        }
    }

    private static Operation WarRoomAction(OperationDesk desk, Incident incident, string person, int active)
    {
        var at = OperationDesk.At(incident.Day, 11 + 11 * desk.Rng.NextDouble());
        var app = desk.App.Index;
        if (Team.Security.Contains(person))
        {
            return new Operation(at, person, "security", "security_review", app, incident.Version, active, Result: "pass");
        }
        if (Team.Sre.Contains(person))
        {
            return new Operation(at, person, "sre", "targeting_change", app, incident.Version, active, Distribution: "full");
        }
        return desk.Rng.NextDouble() < 0.5
            ? new Operation(at, person, "developer", "patch_upload", app, incident.Version, desk.Desks[incident.Version].Upload(), "war room diagnostic build")
            : new Operation(at, person, "developer", "approval_request", app, incident.Version, active, ApprovalId: $"APR-WR-{incident.Id:000}");
    }
}
