namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The operation rows of a rollback burst: on-call engineers flapping between the last two patches; the previous patch
/// made active and the bad one with its siblings deactivated; or a kill switch deactivating every patch, with a clean
/// release the next morning. Each writes exactly the aimed number of set_active and deactivate rows on the day.
/// </summary>
internal static class RollbackBurst
{
    public static void Write(OperationDesk desk, Incident incident)
    {
        var vdesk = desk.Desks[incident.Version];
        var published = vdesk.Published;
        var current = vdesk.Active > 0 ? vdesk.Active : published[^1];
        var previous = published.Where(p => p != current).DefaultIfEmpty(0).Max();
        var team = desk.App.Team;
        var t = OperationDesk.At(incident.Day, 13 + 6 * desk.Rng.NextDouble());
        switch (incident.Pattern)
        {
            case IncidentPattern.Flap:
                var onCall = new[] { team.Lead, desk.Developer() };
                for (var k = 0; k < incident.Count; k++)
                {
                    var back = k % 2 == 0;
                    var role = back ? "lead" : "developer";
                    desk.Add(previous > 0 || !back
                        ? new Operation(t, onCall[k % 2], role, "set_active", desk.App.Index, incident.Version, back ? previous : current,
                            Content: back ? "crash rate up, back to previous" : "previous also crashing, restore latest")
                        : new Operation(t, onCall[k % 2], role, "deactivate", desk.App.Index, incident.Version, current, Content: "crash rate up, pull patch"));
                    vdesk.Active = back ? previous : current;
                    t += desk.Minutes(10, 40);
                }
                break;
            case IncidentPattern.RevertPurge:
                desk.Add(new Operation(t, team.Lead, "lead", "set_active", desk.App.Index, incident.Version, previous, Content: "revert to last good patch"));
                vdesk.Active = previous;
                var purge = published.Where(p => p != previous).OrderByDescending(p => p).Take(incident.Count - 1).ToList();
                var developer = desk.Developer();
                foreach (var patch in purge)
                {
                    t += desk.Minutes(5, 25);
                    desk.Add(new Operation(t, developer, "developer", "deactivate", desk.App.Index, incident.Version, patch, Content: "purge patch built on bad dependency"));
                }
                break;
            default:
                t = OperationDesk.At(incident.Day, 16 + 4 * desk.Rng.NextDouble());
                foreach (var patch in published.OrderByDescending(p => p).Take(incident.Count))
                {
                    desk.Add(new Operation(t, team.Lead, "lead", "deactivate", desk.App.Index, incident.Version, patch,
                        Content: "kill switch: third-party SDK in patch sends data off-device"));
                    t += desk.Minutes(2, 8);
                }
                vdesk.Active = 0;
                desk.Chain(incident.Version, incident.Day + 1, desk.Developer(), team.Lead, "lead",
                    start: OperationDesk.At(incident.Day + 1, 9 + desk.Rng.NextDouble()), content: "Clean rebuild without the third-party SDK");
                break;
        }
    }
}
