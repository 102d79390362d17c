namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// Places every anomaly kind at several strengths, each as the real thing would happen: a developer with publish
/// rights iterating a fix live (publish burst), on-call flipping between old patches during an incident (rollback
/// burst), a leaked credential list used from several accounts on one version (operator burst), a release pushed with
/// the SDK forced to install silently (silent background), a release scheduled at night with "tap to update" pushes
/// (night applies), a signing-key rotation the clients did not know (verify failures), a backend change that crashes
/// the patched code (failure spike), a CDN config that hands out plain http (downgrade), a hash mismatch that makes
/// devices re-apply the same patch again and again (apply-rate spike).
/// </summary>
internal sealed class VendorInjector(VendorWorld world, Random rng, VendorReleases releases, IReadOnlyDictionary<VendorVector, int> presence)
{
    private const long Hour = 3600;
    private readonly HashSet<VendorVector> blocked = [];

    public Dictionary<VendorVector, VendorEffect> Effects { get; } = [];
    public List<VendorPlanned> Planned { get; } = [];

    public void Inject()
    {
        foreach (var k in new[] { 2, 3, 4, 6 })
        {
            Place(AnomalyKinds.PublishBurst, k, 30, true, v => PublishBurst(v, k));
        }
        foreach (var k in new[] { 2, 3, 4 })
        {
            Place(AnomalyKinds.RollbackBurst, k, 30, true, v => RollbackBurst(v, k), v => Earlier(v).Count >= 1);
        }
        foreach (var k in new[] { 3, 4, 5, 6 })
        {
            Place(AnomalyKinds.OperatorBurst, k, 30, true, v => OperatorBurst(v, k));
        }
        foreach (var q in new[] { 0.25, 0.5, 0.85 })
        {
            Place(AnomalyKinds.SilentBackground, q, 200, false, v => Release(v, 8, new VendorEffect { Silent = Lift(v.Version.App.BackgroundShare, q) }));
            Place(AnomalyKinds.NightApplies, q, 200, false, v => Release(v, 0.4, new VendorEffect { Night = q }));
        }
        foreach (var q in new[] { 0.05, 0.15, 0.4 })
        {
            Place(AnomalyKinds.VerifyFailedSpike, q, 200, false, v => KeyRotation(v, q));
        }
        foreach (var q in new[] { 0.06, 0.12, 0.25 })
        {
            Place(AnomalyKinds.FailureSpike, q, 150, false, v => Effects[v] = new VendorEffect { Crash = q / 0.9 }, Patched);
        }
        foreach (var q in new[] { 0.08, 0.25, 0.6 })
        {
            Place(AnomalyKinds.HttpDowngrade, q, 150, false, v => Effects[v] = new VendorEffect { Http = q });
        }
        foreach (var (q, times, target) in new[] { (0.6, 2, 0.7), (0.8, 3, 1.4), (0.95, 5, 2.9) })
        {
            Place(AnomalyKinds.ApplyRateSpike, target, 150, false, v => Effects[v] = new VendorEffect { Reapply = q, ReapplyTimes = times }, Patched);
        }
    }

    private void Place(string kind, double target, int minDevices, bool quiet, Action<VendorVector> inject, Func<VendorVector, bool>? fits = null)
    {
        var busy = releases.Ops.Where(o => o.Version is not null).Select(o => new VendorVector(o.Version!, o.Day)).ToHashSet();
        var candidates = presence.Where(p => p.Value >= minDevices && Open(p.Key, busy) && (fits?.Invoke(p.Key) ?? true))
            .Select(p => p.Key).OrderBy(v => v.Version.App.Id, StringComparer.Ordinal).ThenBy(v => v.Version.Index).ThenBy(v => v.Day).ToList();
        var quietOnes = candidates.Where(v => v.Version.PatchesPerWorkday <= 0.12).ToList();
        var pool = quiet && quietOnes.Count > 0 ? quietOnes : candidates;
        if (pool.Count == 0)
        {
            return;
        }
        var vector = pool[rng.Next(pool.Count)];
        for (var d = -3; d <= 3; d++)
        {
            blocked.Add(vector with { Day = vector.Day + d });
        }
        inject(vector);
        var natural = Natural(kind, vector.Version.App);
        Planned.Add(new VendorPlanned(kind, vector, kind == AnomalyKinds.SilentBackground ? Lift(natural, target) : target, natural));
    }

    /// <summary>A share pushed from the app's own level <paramref name="natural"/> by <paramref name="q"/> of the way to 1.</summary>
    private static double Lift(double natural, double q) => natural + q * (1 - natural);

    /// <summary>The app's usual level of a kind's measure (what an injection must clearly rise above to count as landed).</summary>
    private static double Natural(string kind, VendorApp app) => kind switch
    {
        AnomalyKinds.SilentBackground => app.BackgroundShare,
        AnomalyKinds.NightApplies => app.NightShare,
        AnomalyKinds.VerifyFailedSpike => app.VerifyFailRate,
        AnomalyKinds.FailureSpike => app.CrashRate + app.ApplyFailRate,
        AnomalyKinds.HttpDowngrade => app.Short == "reader" ? 0.012 : 0,
        _ => 0,
    };

    private bool Open(VendorVector v, HashSet<VendorVector> busy) =>
        v.Day >= Math.Max(21, Math.Max(v.Version.App.JoinDay + 10, v.Version.ReleaseDay + 6)) && v.Day <= world.Calendar.Days - 2
        && !world.Calendar.Holidays.Contains(v.Day) && !blocked.Contains(v)
        && !busy.Contains(v) && !busy.Contains(v with { Day = v.Day - 1 }) && !busy.Contains(v with { Day = v.Day + 1 });

    /// <summary>Whether the version had a patch out three days before (crashes of patched code and re-applies need devices running one).</summary>
    private bool Patched(VendorVector v) =>
        v.Version.Patches.Any(p => releases.PublishedAt.TryGetValue(p, out var at) && at < (v.Day - 3) * VendorCalendar.Day);

    private List<VendorPatch> Earlier(VendorVector v)
    {
        var before = v.Version.Patches.Where(p => releases.PublishedAt.TryGetValue(p, out var at) && at < v.Day * VendorCalendar.Day).ToList();
        return before.Count >= 2 ? before[..^1] : [];
    }

    private void PublishBurst(VendorVector v, int k)
    {
        var team = v.Version.App.Team;
        var dev = team.Developers[rng.Next(team.Developers.Count)];
        var at = v.Day * VendorCalendar.Day + (long)((9 + rng.NextDouble()) * Hour);
        for (var i = 0; i < k; i++)
        {
            var patch = v.Version.NewPatch();
            var content = $"hotfix attempt {i + 1}: " + VendorReleases.Content(patch);
            releases.Ops.Add(new VendorOp(at - rng.Next(300, 900), dev, "developer", "patch_upload", v.Version.App, v.Version) { Patch = patch, Content = content });
            releases.Publish(v.Version, patch, at, dev, "developer", null, content, 0);
            at += rng.Next(30 * 60, 100 * 60);
        }
    }

    private void RollbackBurst(VendorVector v, int k)
    {
        var earlier = Earlier(v);
        var team = v.Version.App.Team;
        var at = v.Day * VendorCalendar.Day + (long)((10 + 2 * rng.NextDouble()) * Hour);
        for (var i = 0; i < k; i++)
        {
            var who = i % 3 == 2 ? team.Lead : team.OnCall;
            var role = who == team.Lead ? "lead" : "oncall";
            var action = i % 2 == 0 ? "set_active" : "deactivate";
            var patch = i % 2 == 0 ? earlier[^(1 + rng.Next(Math.Min(2, earlier.Count)))] : null;
            releases.Ops.Add(new VendorOp(at, who, role, action, v.Version.App, v.Version) { Patch = patch });
            at += rng.Next(20 * 60, 80 * 60);
        }
    }

    private void OperatorBurst(VendorVector v, int k)
    {
        string[] actions = ["log_export", "targeting_change", "usage_review", "approval_request", "log_export", "security_review"];
        var latest = v.Version.Patches.LastOrDefault(p => releases.PublishedAt.TryGetValue(p, out var at) && at < v.Day * VendorCalendar.Day);
        var accounts = world.Operators().OrderBy(_ => rng.Next()).Take(k).ToList();
        for (var i = 0; i < accounts.Count; i++)
        {
            var action = actions[(i + rng.Next(2)) % actions.Length];
            var at = v.Day * VendorCalendar.Day + rng.Next(1800, 23 * 3600);
            releases.Ops.Add(new VendorOp(at, accounts[i], world.RoleOf(accounts[i]), action, v.Version.App, v.Version)
            {
                Patch = action == "log_export" || action == "usage_review" ? null : latest,
                Result = action == "security_review" ? "pass" : null,
            });
        }
    }

    private void Release(VendorVector v, double hour, VendorEffect effect)
    {
        releases.Chain(v.Version, v.Day * VendorCalendar.Day + (long)((hour + rng.NextDouble()) * Hour));
        Effects[v] = effect;
    }

    private void KeyRotation(VendorVector v, double q)
    {
        var at = v.Day * VendorCalendar.Day + (long)(8 * Hour);
        releases.Ops.Add(new VendorOp(at, world.Admin, "admin", "key_rotate", v.Version.App, null) { KeyId = $"{v.Version.App.Short}-sign-{v.Day}" });
        Release(v, 8.5, new VendorEffect { VerifyFail = q });
    }
}
