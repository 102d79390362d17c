namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// The operation log as a platform records it: registrations, and for each patch its chain (a developer uploads and
/// asks for approval, security reviews, the lead approves, the release manager publishes), sometimes staged to newer
/// OS versions and widened days later, sometimes rolled back once, now and then a same-day fix of the fix.
/// </summary>
internal sealed class VendorReleases(VendorWorld world, Random rng)
{
    private const long Hour = 3600;
    private int approvals;

    public List<VendorOp> Ops { get; } = [];
    public Dictionary<VendorPatch, long> PublishedAt { get; } = [];

    public void Plan()
    {
        foreach (var app in world.Apps)
        {
            Ops.Add(new VendorOp((app.JoinDay > 0 ? app.JoinDay - 1 : -200) * VendorCalendar.Day + 10 * Hour, world.Admin, "admin", "app_register", app, null));
            foreach (var version in app.Versions)
            {
                PlanVersion(app, version);
            }
        }
    }

    public VendorPatch Chain(VendorVersion version, long publish, int minOs = 0)
    {
        var app = version.App;
        var patch = version.NewPatch();
        var dev = app.Team.Developers[rng.Next(app.Team.Developers.Count)];
        var upload = publish - (long)((2 + rng.NextDouble() * 38) * Hour);
        var span = publish - upload;
        var ticket = $"AP-{app.Short.ToUpperInvariant()}-{++approvals:D4}";
        var content = Content(patch);
        Ops.Add(new VendorOp(upload, dev, "developer", "patch_upload", app, version) { Patch = patch, Content = content });
        Ops.Add(new VendorOp(upload + span * 3 / 10, world.SecurityReviewers[rng.Next(2)], "security", "security_review", app, version) { Patch = patch, Result = "pass" });
        Ops.Add(new VendorOp(upload + span * 5 / 10, dev, "developer", "approval_request", app, version) { Patch = patch, ApprovalId = ticket });
        Ops.Add(new VendorOp(upload + span * 8 / 10, app.Team.Lead, "lead", "approve", app, version) { Patch = patch, ApprovalId = ticket, Result = "approved" });
        Publish(version, patch, publish, app.Team.ReleaseManager, "release", ticket, content, minOs);
        return patch;
    }

    public void Publish(VendorVersion version, VendorPatch patch, long at, string who, string role, string? ticket, string content, int minOs)
    {
        Ops.Add(new VendorOp(at, who, role, "publish", version.App, version)
        {
            Patch = patch, ApprovalId = ticket, Content = content, Distribution = minOs > 0 ? "conditional" : "full", MinOs = minOs,
        });
        PublishedAt[patch] = at;
    }

    public static string Content(VendorPatch patch) => (patch.Number % 4) switch
    {
        0 => $"fix crash on order page (#{patch.Number})",
        1 => $"copy and layout fixes (#{patch.Number})",
        2 => $"payment timeout handling (#{patch.Number})",
        _ => $"feed loading performance (#{patch.Number})",
    };

    private void PlanVersion(VendorApp app, VendorVersion version)
    {
        var register = version.ReleaseDay - 2;
        Ops.Add(new VendorOp(register * VendorCalendar.Day + 15 * Hour, world.Admin, "admin", "version_register", app, version));
        var opened = Math.Max(0, app.JoinDay);
        for (var n = version.ReleaseDay < opened ? rng.Next(1, 3) : 0; n > 0; n--)
        {
            Chain(version, (opened + 1 - 2 * n) * VendorCalendar.Day - 12 * Hour);
        }
        var next = app.Versions.ElementAtOrDefault(version.Index + 1)?.ReleaseDay ?? int.MaxValue;
        for (var day = Math.Max(version.ReleaseDay + 2, app.JoinDay); day < world.Calendar.Days; day++)
        {
            var rate = version.PatchesPerWorkday * (day > next + 40 ? 0 : day > next + 7 ? 0.25 : 1) * (world.Calendar.IsWorkday(day) ? 1 : 0.12);
            if (rng.NextDouble() < rate)
            {
                PlanPublish(version, day);
            }
        }
    }

    private void PlanPublish(VendorVersion version, int day)
    {
        var staged = rng.NextDouble() < 0.15;
        var at = day * VendorCalendar.Day + (long)((10 + rng.NextDouble() * 8) * Hour);
        var patch = Chain(version, at, staged ? 12 + rng.Next(0, 3) : 0);
        if (staged)
        {
            Ops.Add(new VendorOp(at + rng.Next(1, 4) * VendorCalendar.Day + Hour, version.App.Team.ReleaseManager, "release", "targeting_change", version.App, version) { Patch = patch, Distribution = "full" });
        }
        var draw = rng.NextDouble();
        if (draw < 0.06 && at % VendorCalendar.Day < 15 * Hour)
        {
            Chain(version, at + 3 * Hour + rng.Next(0, 3600));
        }
        else if (draw < 0.11 && version.Patches.Count >= 2)
        {
            var back = version.Patches[^2];
            Ops.Add(new VendorOp(at + (long)((4 + rng.NextDouble() * 16) * Hour), version.App.Team.OnCall, "oncall", "set_active", version.App, version) { Patch = back });
        }
    }
}
