namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Writes one app's operation log from its plans, in day order: the history before the case (registration, the
/// patches already live), housekeeping (usage reviews, log exports), and each plan in the team's style — the full chain
/// upload → security review → approval request → approve → publish, its people and its timing. Keeps the console's view
/// of every version (<see cref="VersionDesk"/>) so that rollbacks and targeting changes name real patches.
/// </summary>
internal sealed class OperationDesk
{
    private readonly List<Operation> _operations = [];
    private int _approvals;

    public OperationDesk(AppWorld app, MeridianCalendar calendar, Random rng)
    {
        App = app;
        Calendar = calendar;
        Rng = rng;
        Desks = app.Versions.Select(_ => new VersionDesk()).ToArray();
    }

    public AppWorld App { get; }

    public MeridianCalendar Calendar { get; }

    public Random Rng { get; }

    public VersionDesk[] Desks { get; }

    public IReadOnlyList<Operation> Operations => _operations;

    /// <summary>For each incident that ships a release: when its publish went out and which patch it was.</summary>
    public Dictionary<int, (long At, int Patch)> IncidentReleases { get; } = [];

    public static long At(int day, double hour) => day * MeridianCalendar.DaySeconds + (long)(hour * 3600);

    public IReadOnlyList<Operation> Write(IEnumerable<ReleasePlan> plans)
    {
        Prehistory();
        foreach (var plan in plans.OrderBy(p => p.Day).ThenBy(p => p.Kind))
        {
            Write(plan);
        }
        Housekeeping();
        return _operations;
    }

    public void Add(Operation op) =>
        _operations.Add(op.Export == OperationExport.Console && Rng.NextDouble() < 0.04 ? op with { Export = OperationExport.Both } : op);

    public string Security() => Team.Security[Rng.Next(Team.Security.Count)];

    public string Developer() => App.Team.Developers[Rng.Next(App.Team.Developers.Count)];

    /// <summary>
    /// The full chain for a new patch: upload and security review (on the day before for some releases, when
    /// <paramref name="start"/> is not given), approval request and approval, and the publish at
    /// <paramref name="publishAt"/> or an hour or so after the approval. Returns the publish's time and patch.
    /// </summary>
    public (long At, int Patch) Chain(int version, int day, string uploader, string publisher, string publisherRole,
        long? start = null, long? publishAt = null, string content = "", string? condition = null, string key = "mer-2026a")
    {
        var desk = Desks[version];
        var patch = desk.Upload();
        content = content.Length > 0 ? content : PatchNotes.RoutineNote(Rng);
        var early = start is null && Rng.NextDouble() < 0.3;
        var t = start ?? (early ? At(day - 1, 15 + 3 * Rng.NextDouble()) : At(day, 9.5 + 3 * Rng.NextDouble()));
        Add(new Operation(t, uploader, "developer", "patch_upload", App.Index, version, patch, content));
        t += Minutes(30, 120);
        Add(new Operation(t, Security(), "security", "security_review", App.Index, version, patch, Result: "pass"));
        var approval = $"APR-{App.Profile.Short.ToUpperInvariant()}-{++_approvals:0000}";
        t = early ? At(day, 9.5 + Rng.NextDouble()) : t + Minutes(5, 40);
        Add(new Operation(t, uploader, "developer", "approval_request", App.Index, version, patch, ApprovalId: approval));
        t += Minutes(15, 90);
        Add(new Operation(t, App.Team.Lead, "lead", "approve", App.Index, version, patch, ApprovalId: approval, Result: "approved"));
        t = publishAt ?? t + Minutes(10, 60);
        var export = publisherRole is "release_manager" or "ci" ? OperationExport.Api : OperationExport.Console;
        Add(new Operation(t, publisher, publisherRole, "publish", App.Index, version, patch, content, approval,
            Distribution: condition is null ? "full" : "conditional", Condition: condition, KeyId: key, Export: export));
        desk.Publish(patch);
        return (t, patch);
    }

    /// <summary>A duration of <paramref name="low"/> to <paramref name="high"/> minutes, in seconds.</summary>
    public long Minutes(int low, int high) => 60L * low + Rng.Next((high - low) * 60);

    private void Write(ReleasePlan plan)
    {
        switch (plan.Kind)
        {
            case PlanKind.Launch:
                Add(new Operation(At(plan.Day, 9 + 2 * Rng.NextDouble()), Team.Admin, "admin", "version_register", App.Index, plan.Version));
                break;
            case PlanKind.Release:
                RoutineRelease.Write(this, plan);
                break;
            case PlanKind.Backport or PlanKind.Maintenance:
                var publisher = App.Profile.Style == ReleaseStyle.ReleaseManager ? (App.Team.ReleaseManager, "release_manager") : (App.Team.Lead, "lead");
                Chain(plan.Version, plan.Day, Developer(), publisher.Item1, publisher.Item2,
                    start: At(plan.Day, 10 + 3 * Rng.NextDouble()), content: "Backport: " + PatchNotes.RoutineNote(Rng));
                break;
            case PlanKind.Widen:
                Add(new Operation(At(plan.Day, 11 + 4 * Rng.NextDouble()), App.Team.ProductManager, "product", "targeting_change",
                    App.Index, plan.Version, Desks[plan.Version].Active, Distribution: plan.Variant == 1 ? "conditional" : "full",
                    Condition: plan.Variant == 1 ? RoutineRelease.WidenedCondition : null, Export: OperationExport.Api));
                break;
            case PlanKind.Touch:
                var active = Desks[plan.Version].Active;
                Add(Rng.NextDouble() < 0.6
                    ? new Operation(At(plan.Day, 10 + 7 * Rng.NextDouble()), Security(), "security", "security_review", App.Index, plan.Version, active, Result: "pass")
                    : new Operation(At(plan.Day, 10 + 7 * Rng.NextDouble()), App.Team.ProductManager, "product", "targeting_change", App.Index, plan.Version, active, Distribution: "full"));
                break;
            default:
                IncidentOperations.Write(this, plan.Incident!);
                break;
        }
    }

    /// <summary>The app's registration, its team's permissions and each live version's registration and patches before the case.</summary>
    private void Prehistory()
    {
        var registered = Math.Min(-200, App.Versions[0].ReleaseDay - 30);
        Add(new Operation(At(registered, 11), Team.Admin, "admin", "app_register", App.Index));
        foreach (var (member, role, _) in App.Team.Members)
        {
            Add(new Operation(At(registered, 12 + Rng.NextDouble()), Team.Admin, "admin", "permission_grant", App.Index, Content: $"{member}:{role}"));
        }
        foreach (var v in App.Versions.Where(v => !v.NewInCase))
        {
            Add(new Operation(At(v.ReleaseDay - 1, 10), Team.Admin, "admin", "version_register", App.Index, v.Index));
            var span = Math.Max(v.PrePatches, -2 - v.ReleaseDay);
            for (var k = 0; k < v.PrePatches; k++)
            {
                var day = v.ReleaseDay + 1 + span * k / v.PrePatches;
                Chain(v.Index, day, Developer(), App.Team.Lead, "lead", start: At(day, 10 + 2 * Rng.NextDouble()));
            }
        }
    }

    /// <summary>The platform's routine on the app: a usage review at the start of each month.</summary>
    private void Housekeeping()
    {
        for (var day = 0; day < Calendar.Days; day++)
        {
            if (Calendar.Date(day).Day == 2)
            {
                Add(new Operation(At(day, 15 + Rng.NextDouble()), Team.Admin, "admin", "usage_review", App.Index));
            }
        }
    }
}
