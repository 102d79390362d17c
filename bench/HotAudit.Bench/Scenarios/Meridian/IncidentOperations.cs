namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The operation-log side of each staged incident: the publishes of a hotfix storm or a runaway CI job, the
/// set_active/deactivate sequences of three kinds of rollback, the accounts of an operator burst, and the release (with
/// its key rotation or its next-morning rollback) that the telemetry incidents ride on.
/// </summary>
internal static class IncidentOperations
{
    /// <summary>The patterns whose incident ships a release of its own.</summary>
    public static bool Publishes(IncidentPattern pattern) => pattern is IncidentPattern.SilentConfig or IncidentPattern.MidnightPush
        or IncidentPattern.KeyRotation or IncidentPattern.TruncatedCdn or IncidentPattern.CrashingRelease or IncidentPattern.DiffBaseMismatch;

    public static void Write(OperationDesk desk, Incident incident)
    {
        switch (incident.Pattern)
        {
            case IncidentPattern.HotfixStorm or IncidentPattern.CiLoop:
                PublishBurst(desk, incident);
                break;
            case IncidentPattern.Flap or IncidentPattern.RevertPurge or IncidentPattern.KillSwitch:
                RollbackBurst.Write(desk, incident);
                break;
            case IncidentPattern.VendorOnboarding or IncidentPattern.WarRoom or IncidentPattern.SharedConsole:
                OperatorBurst.Write(desk, incident);
                break;
            default:
                if (Publishes(incident.Pattern))
                {
                    Release(desk, incident);
                }
                break;
        }
    }

    private static void Release(OperationDesk desk, Incident incident)
    {
        var team = desk.App.Team;
        var uploader = desk.Developer();
        var (publisher, role) = desk.App.Profile.Style switch
        {
            ReleaseStyle.ReleaseManager or ReleaseStyle.Staged or ReleaseStyle.ManyHands => (team.ReleaseManager, "release_manager"),
            _ => (uploader, "developer"),
        };
        var day = incident.Day;
        var start = OperationDesk.At(day, 9.5 + 2.5 * desk.Rng.NextDouble());
        switch (incident.Pattern)
        {
            case IncidentPattern.MidnightPush:
                var at = desk.Chain(incident.Version, day, uploader, publisher, role, start: OperationDesk.At(day - 1, 19.5 + desk.Rng.NextDouble()),
                    publishAt: OperationDesk.At(day, 0.08 + 0.45 * desk.Rng.NextDouble()), content: "Scheduled release (publish time entered in UTC)");
                desk.IncidentReleases[incident.Id] = at;
                break;
            case IncidentPattern.KeyRotation:
                desk.Add(new Operation(OperationDesk.At(day, 8 + desk.Rng.NextDouble()), Team.Admin, "admin", "key_rotate", desk.App.Index,
                    Content: "rotate patch signing key mer-2026a -> mer-2026b", KeyId: "mer-2026b"));
                desk.IncidentReleases[incident.Id] = desk.Chain(incident.Version, day, uploader, publisher, role, start: start, key: "mer-2026b");
                desk.Add(new Operation(OperationDesk.At(day, 22 + 0.3 * desk.Rng.NextDouble()), Team.Admin, "admin", "key_rotate", desk.App.Index,
                    Content: "revert patch signing key to mer-2026a (devices with cached key set reject mer-2026b)", KeyId: "mer-2026a"));
                break;
            case IncidentPattern.SilentConfig:
                desk.IncidentReleases[incident.Id] = desk.Chain(incident.Version, day, uploader, publisher, role, start: start,
                    content: "Enable silent background install for faster adoption");
                break;
            default:
                var release = desk.Chain(incident.Version, day, uploader, publisher, role, start: start);
                desk.IncidentReleases[incident.Id] = release;
                if (incident.Pattern == IncidentPattern.CrashingRelease)
                {
                    RollBackNextMorning(desk, incident, release.Patch);
                }
                break;
        }
    }

    private static void RollBackNextMorning(OperationDesk desk, Incident incident, int bad)
    {
        var published = desk.Desks[incident.Version].Published;
        var previous = published.Count >= 2 ? published[^2] : 0;
        var at = OperationDesk.At(incident.Day + 1, 9 + desk.Rng.NextDouble());
        desk.Add(previous > 0
            ? new Operation(at, desk.App.Team.Lead, "lead", "set_active", desk.App.Index, incident.Version, previous, Content: "roll back crashing patch")
            : new Operation(at, desk.App.Team.Lead, "lead", "deactivate", desk.App.Index, incident.Version, bad, Content: "pull crashing patch"));
        desk.Desks[incident.Version].Active = previous;
    }

    private static void PublishBurst(OperationDesk desk, Incident incident)
    {
        var version = incident.Version;
        var vdesk = desk.Desks[version];
        var ci = incident.Pattern == IncidentPattern.CiLoop;
        var who = ci ? desk.App.Team.Ci : desk.Developer();
        var role = ci ? "ci" : "developer";
        var export = ci ? OperationExport.Api : OperationExport.Console;
        var t = OperationDesk.At(incident.Day, ci ? 14 + 5 * desk.Rng.NextDouble() : 10 + 3 * desk.Rng.NextDouble());
        for (var k = 0; k < incident.Count; k++)
        {
            var patch = vdesk.Upload();
            var note = ci ? $"build #{4100 + desk.Rng.Next(900)} from release/{desk.App.Versions[version].Name}" : PatchNotes.HotfixNote(desk.Rng);
            desk.Add(new Operation(t, who, role, "patch_upload", desk.App.Index, version, patch, note, Export: export));
            if (k == 0 && !ci)
            {
                t += desk.Minutes(10, 25);
                desk.Add(new Operation(t, desk.Security(), "security", "security_review", desk.App.Index, version, patch, Result: "pass"));
            }
            t += ci ? desk.Minutes(2, 6) : desk.Minutes(5, 12);
            desk.Add(new Operation(t, who, role, "publish", desk.App.Index, version, patch, note, Distribution: "full", KeyId: "mer-2026a", Export: export));
            vdesk.Publish(patch);
            t += ci ? desk.Minutes(8, 20) : desk.Minutes(20, 45);
        }
    }
}
