namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>One planned injection: the kind, the vector, the aim, the incident it is modelled on.</summary>
internal sealed record HarborPlan(string Kind, int Version, int Day, double Aim, string Incident);

/// <summary>
/// Plans every anomaly kind at several strengths on days that are otherwise quiet for the version, each as a
/// plausible incident, judged against the customer's own routine (a burst at the continuous-delivery shop or the
/// two-step-rollback clinic goes above what those customers do every week). Operation-log incidents are written
/// here; telemetry incidents become effects the simulator applies, and apply-related ones come with their own release.
/// </summary>
internal sealed class HarborInjections(HarborWorld w, HarborReleases releases)
{
    private readonly Random rng = w.Rng;
    private readonly HarborCalendar cal = w.Calendar;
    private readonly HashSet<(int Version, int Day)> taken = [];
    private readonly Dictionary<(int Version, int Day), (int Publishes, int Rollbacks, HashSet<string> Operators)> routine = [];
    private int outsiders;

    public List<HarborPlan> Plans { get; } = [];
    public Dictionary<(int Version, int Day), HarborEffect> Effects { get; } = [];

    public void Plan()
    {
        foreach (var op in w.Ops.Where(o => o.Version >= 0))
        {
            var key = (op.Version, cal.DayOf(op.T));
            if (!routine.TryGetValue(key, out var r))
            {
                r = (0, 0, []);
            }
            r.Operators.Add(op.Operator);
            routine[key] = (r.Publishes + (HarborActions.IsPublish(op.Action) ? 1 : 0), r.Rollbacks + (HarborActions.IsRollback(op.Action) ? 1 : 0), r.Operators);
        }
        foreach (var (v, d, _) in releases.Controls)
        {
            taken.Add((v, d));
        }
        var ride = w.Apps[0];
        var bank = w.Apps[1];
        var shop = w.Apps.Single(a => a.Practice == Practice.MultiPublisher);
        var clinic = w.Apps.Single(a => a.Practice == Practice.TwoStepRollback);
        var night = w.Apps.Single(a => a.Practice == Practice.NightRelease);
        var smalls = w.Apps.Where(a => !a.Giant && a.Practice == Practice.Standard).ToList();

        // publish bursts: a developer pushing fix after fix without review; at the shop, a flapping pipeline re-running its deploy job
        foreach (var (aim, app) in new[] { (2, Any(smalls)), (3, Any(smalls)), (4, Any(smalls)), (6, Any(smalls)), (3, ride) })
        {
            PublishBurst(app, Math.Max(aim, Max(app, r => r.Publishes) + 1), weekday: false);
        }
        PublishBurst(shop, Max(shop, r => r.Publishes) + 3, weekday: true);
        PublishBurst(shop, Max(shop, r => r.Publishes) + 5, weekday: true);

        // rollback bursts: on-call flipping between patches while chasing a crash; at the clinic beyond its two-step procedure
        foreach (var (aim, app) in new[] { (2, Any(smalls)), (3, Any(smalls)), (4, Any(smalls)), (3, ride), (2, bank) })
        {
            RollbackBurst(app, Math.Max(aim, Max(app, r => r.Rollbacks) + 1));
        }
        RollbackBurst(clinic, Math.Max(5, Max(clinic, r => r.Rollbacks) + 3));
        RollbackBurst(clinic, Math.Max(6, Max(clinic, r => r.Rollbacks) + 4));

        // operator bursts: a shared console login handed round an outsourcing vendor, several accounts touching one version
        foreach (var (extra, app) in new[] { (1, Any(smalls)), (2, Any(smalls)), (3, Any(smalls)), (1, night), (2, ride), (2, shop) })
        {
            OperatorBurst(app, Math.Min(Max(app, r => r.Operators.Count) + extra, 6 + extra / 3));
        }

        var big = w.Versions.Where(v => w.Apps[v.App].Practice != Practice.Staged || v.Main == 0).ToList();
        foreach (var aim in new[] { 0.3, 0.55, 0.85 })
        {
            TelemetryIncident(AnomalyKinds.SilentBackground, aim, big.Where(v => w.Apps[v.App].Background <= 0.1), 120, release: 10,
                "release forced silent (install_mode silent, background, no prompt) to meet a deadline", fx => fx.Silent = aim);
        }
        foreach (var aim in new[] { 0.08, 0.25, 0.5 })
        {
            TelemetryIncident(AnomalyKinds.VerifyFailedSpike, aim, big, 120, release: 10,
                "signing key rotated without shipping the new public key: older SDK builds reject the patch", fx => fx.Verify = aim);
        }
        foreach (var aim in new[] { 1.5, 3.0, 5.0 })
        {
            var extra = aim - 0.5;
            TelemetryIncident(AnomalyKinds.ApplyRateSpike, aim, big, 120, release: 10,
                "manifest hash does not match the CDN file: devices download and apply the same patch again and again",
                fx => (fx.Loops, fx.LoopShare) = ((int)Math.Ceiling(extra), extra / Math.Ceiling(extra)));
        }
        foreach (var aim in new[] { 0.3, 0.5, 0.8 })
        {
            TelemetryIncident(AnomalyKinds.NightApplies, aim, big.Where(v => w.Apps[v.App].Practice != Practice.NightRelease), 120, release: 1,
                "release scheduled in UTC by mistake at 01:00 with a 'restart now' push at 02:00", fx => fx.Night = aim);
        }
        foreach (var aim in new[] { 0.1, 0.3, 0.6 })
        {
            TelemetryIncident(AnomalyKinds.HttpDowngrade, aim, w.Versions, 60, release: -1,
                "a CDN edge's certificate expired and the SDK fell back to http for its checks", fx => fx.Http = aim);
        }
        // not at the clinic: its routine two-step rollbacks make a third of its devices roll back for days several times a case
        foreach (var aim in new[] { 0.08, 0.2, 0.4 })
        {
            TelemetryIncident(AnomalyKinds.FailureSpike, aim, w.Versions.Where(v => w.Apps[v.App].Practice != Practice.TwoStepRollback), 60, release: -1,
                "a backend API change breaks a call in the active patch: crashes, some devices roll back", fx => fx.Fail = aim);
        }
    }

    private HarborApp Any(List<HarborApp> apps) => apps[rng.Next(apps.Count)];

    private int Max(HarborApp app, Func<(int Publishes, int Rollbacks, HashSet<string> Operators), int> f) =>
        routine.Where(r => w.Versions[r.Key.Version].App == app.Index).Select(r => f(r.Value)).DefaultIfEmpty(0).Max();

    private (int Publishes, int Rollbacks, HashSet<string> Operators) Routine(int v, int day) =>
        routine.TryGetValue((v, day), out var r) ? r : (0, 0, []);

    /// <summary>A day of <paramref name="v"/> with no routine action on it or its neighbours, nothing injected near it, devices enough.</summary>
    private int FreeDay(HarborVersion v, double devices, Func<int, bool>? also = null)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var day = 12 + rng.Next(cal.Days - 14);
            if (day < v.Launch + 6 || cal.Holidays.Contains(day) || Math.Abs(day - cal.Outage) <= 1 || v.Expected[day] < devices
                || Enumerable.Range(day - 2, 5).Any(d => taken.Contains((v.Index, d))))
            {
                continue;
            }
            if (also is null ? Enumerable.Range(day - 1, 3).Any(d => routine.ContainsKey((v.Index, d))) : !also(day))
            {
                continue;
            }
            taken.Add((v.Index, day));
            return day;
        }
        return -1;
    }

    private HarborVersion Main(HarborApp app) => app.Versions.Where(v => v.Launch < 0).MaxBy(v => v.Weight)!;

    private HarborOp Op(HarborApp app, HarborVersion v, long t, string who, string role, string action, int patch = -1, string? content = null, string? distribution = null) => new()
    {
        T = t, Operator = who, Role = role, Action = action, App = app.Index, Version = v.Index, Patch = patch, Content = content, Distribution = distribution,
        Api = app.Practice is Practice.MultiPublisher or Practice.NightRelease, OffsetMinutes = app.OffsetMinutes,
    };

    private void PublishBurst(HarborApp app, int total, bool weekday)
    {
        var v = Main(app);
        var day = FreeDay(v, 1, weekday ? d => cal.Weekday(d) < 5 && Routine(v.Index, d).Publishes <= total - 2 && !taken.Contains((v.Index, d)) : null);
        if (day < 0)
        {
            return;
        }
        var n = total - Routine(v.Index, day).Publishes;
        var t = releases.At(day, 9.5 + rng.NextDouble() * 4);
        var who = app.Team[0];
        for (var i = 0; i < n; i++)
        {
            var patch = w.NewPatch(v).Index;
            releases.Add(Op(app, v, t, who, app.Practice == Practice.MultiPublisher ? "bot" : "developer", "patch_upload", patch, releases.Content()));
            t += (3 + rng.Next(5)) * 60_000L;
            releases.Add(Op(app, v, t, who, app.Practice == Practice.MultiPublisher ? "bot" : "developer", "publish", patch, releases.Content(), "full"));
            w.Serve(v, t, patch, 100);
            t += (12 + rng.Next(40)) * 60_000L;
        }
        Plans.Add(new HarborPlan(AnomalyKinds.PublishBurst, v.Index, day, total, app.Practice == Practice.MultiPublisher
            ? "the deploy job of a flapping pipeline re-ran on every retry" : "a developer published fix after fix without review"));
    }

    private void RollbackBurst(HarborApp app, int n)
    {
        var v = Main(app);
        var day = FreeDay(v, 1, d => !Enumerable.Range(d - 1, 3).Any(x => routine.ContainsKey((v.Index, x)))
            && v.Timeline.Where(e => e.T < cal.Midnight(d) && e.Patch >= 0).Select(e => e.Patch).Distinct().Count() >= 2);
        if (day < 0)
        {
            return;
        }
        var served = v.Timeline.Where(e => e.T < cal.Midnight(day) && e.Patch >= 0).Select(e => e.Patch).Distinct().OrderBy(p => w.Published[p]).ToList();
        var (current, _) = v.At(cal.Midnight(day));
        var previous = served.Last(p => p != current);
        var t = releases.At(day, 10 + rng.NextDouble() * 5);
        var oncall = app.Team[^1];
        var lead = app.Team[Math.Min(2, app.Team.Length - 1)];
        for (var i = 0; i < n; i++)
        {
            var deactivate = i % 2 == 1;
            releases.Add(Op(app, v, t, i % 2 == 0 ? oncall : lead, "oncall", deactivate ? "deactivate" : "set_active", previous));
            w.Serve(v, t, deactivate ? -1 : previous, 100);
            t += (8 + rng.Next(30)) * 60_000L;
        }
        Plans.Add(new HarborPlan(AnomalyKinds.RollbackBurst, v.Index, day, n, "on-call flipping patches on and off while chasing a crash"));
    }

    private void OperatorBurst(HarborApp app, int total)
    {
        var v = Main(app);
        var day = FreeDay(v, 1, d => !taken.Contains((v.Index, d)) && Routine(v.Index, d).Publishes == 0 && Routine(v.Index, d).Operators.Count <= total - 2);
        if (day < 0)
        {
            return;
        }
        var n = total - Routine(v.Index, day).Operators.Count;
        var t = releases.At(day, 9 + rng.NextDouble() * 3);
        var (current, _) = v.At(t);
        string[] actions = ["targeting_change", "approval_request", "targeting_change", "patch_upload"];
        for (var i = 0; i < n; i++)
        {
            var who = $"vendor{++outsiders:D2}@outsource-{app.Id.Split('-')[0]}";
            var action = actions[i % actions.Length];
            var patch = action == "patch_upload" ? w.NewPatch(v).Index : action == "approval_request" ? current : -1;
            releases.Add(Op(app, v, t, who, "developer", action, patch, action == "patch_upload" ? releases.Content() : null, action == "targeting_change" ? "full" : null));
            t += (20 + rng.Next(90)) * 60_000L;
        }
        Plans.Add(new HarborPlan(AnomalyKinds.OperatorBurst, v.Index, day, total, "a shared console login handed round an outsourcing vendor"));
    }

    private void TelemetryIncident(string kind, double aim, IEnumerable<HarborVersion> versions, double devices, double release, string incident, Action<HarborEffect> effect)
    {
        var candidates = versions.OrderBy(_ => rng.Next()).ToList();
        var used = Plans.Where(p => p.Kind == kind).Select(p => w.Versions[p.Version].App).ToHashSet();
        foreach (var v in candidates.Where(v => !used.Contains(v.App)).Concat(candidates))
        {
            var day = FreeDay(v, devices);
            if (day < 0)
            {
                continue;
            }
            if (release >= 0)
            {
                var app = w.Apps[v.App];
                releases.Release(app, v, day, release + rng.NextDouble() * 0.7, sameDay: true, threshold: 100);
            }
            var fx = new HarborEffect();
            effect(fx);
            Effects[(v.Index, day)] = fx;
            Plans.Add(new HarborPlan(kind, v.Index, day, aim, incident));
            return;
        }
    }
}
