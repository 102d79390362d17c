using System.Globalization;

namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// Each customer's routine releases as its practice has them, written to the operation log and to the versions'
/// server timelines; the routine unusual days are remembered as negative controls.
/// </summary>
internal sealed class HarborReleases(HarborWorld w)
{
    private static readonly string[] Contents =
    [
        "修复登录页闪退", "修正订单金额显示", "优化首页加载速度", "fix crash on payment page", "update promo banner", "fix token refresh",
        "修复推送跳转错误", "fix map tile cache", "调整活动页文案", "fix null pointer in booking list", "修复部分机型白屏", "hotfix: coupon rounding",
    ];

    private readonly HarborCalendar cal = w.Calendar;
    private readonly Random rng = w.Rng;
    private int approvals = 4100;

    /// <summary>Routine unusual days: (version, day, kind).</summary>
    public List<(int Version, int Day, string Kind)> Controls { get; } = [];

    public long At(int day, double hour) => cal.Midnight(day) + (long)(hour * HarborCalendar.HourMs);

    public void Add(HarborOp op) => w.Ops.Add(op);

    public string Content() => Contents[rng.Next(Contents.Length)];

    public string Approval() => string.Create(CultureInfo.InvariantCulture, $"APR-2026-{approvals++:D5}");

    public void Plan()
    {
        foreach (var app in w.Apps)
        {
            foreach (var v in app.Versions)
            {
                PlanVersion(app, v);
            }
        }
    }

    private void PlanVersion(HarborApp app, HarborVersion v)
    {
        var days = cal.Days;
        var history = new List<int>();
        if (v.Launch < 0)
        {
            var pre = -rng.Next(2, 12);
            history.Add(Release(app, v, pre, 11 + rng.NextDouble() * 4, sameDay: true, threshold: 100));
        }
        else
        {
            Add(new HarborOp { T = At(v.Launch - 1, 10.2), Operator = app.Team[2], Role = "approver", Action = "version_register", App = app.Index, Version = v.Index, Api = app.Practice is Practice.MultiPublisher or Practice.NightRelease, OffsetMinutes = app.OffsetMinutes });
            for (var d = v.Launch; d < Math.Min(days, v.Launch + 3); d++)
            {
                Controls.Add((v.Index, d, AnomalyKinds.NewVersionFirstDays));
            }
        }
        switch (app.Practice)
        {
            case Practice.MultiPublisher when v.Main == 1:
                PlanContinuous(app, v, history);
                return;
            case Practice.NightRelease when v.Main == 1:
                PlanNightly(app, v, history);
                return;
        }
        var staged = app.Practice == Practice.Staged && v.Main == 1;
        var day = v.Launch >= 0 ? v.Launch + rng.Next(1, 3) : rng.Next(1, 8);
        var campaign = app.Giant && app.Practice == Practice.Standard && v.Launch < 0 && v.Main == 1 ? days / 3 + rng.Next(days / 4) : -1;
        while (day < days)
        {
            while (day < days && (cal.Weekday(day) >= 5 || cal.Holidays.Contains(day) || day == cal.Outage))
            {
                day++;
            }
            if (day >= days)
            {
                break;
            }
            if (campaign >= 0 && day >= campaign)
            {
                w.Campaigns[(app.Index, day)] = 1.9;
                Controls.Add((v.Index, day, AnomalyKinds.ReleaseDay));
                campaign = -1;
            }
            history.Add(Release(app, v, day, 10.5 + rng.NextDouble() * 6, sameDay: rng.NextDouble() < 0.5, threshold: staged ? 10 : 100));
            var next = day + (staged ? rng.Next(13, 18) : v.Main == 1 ? rng.Next(6, 13) : rng.Next(16, 30));
            if (staged)
            {
                Widen(app, v, history[^1], day + 2, "bucket < 50", 50);
                Widen(app, v, history[^1], day + 4, null, 100);
            }
            else if (history.Count >= 2 && day + 1 < next - 1 && day + 1 < days)
            {
                RoutineRollback(app, v, history, day + 1);
            }
            day = next;
        }
    }

    /// <summary>A release through the chain; returns the patch.</summary>
    public int Release(HarborApp app, HarborVersion v, int day, double hour, bool sameDay, int threshold)
    {
        var patch = w.NewPatch(v).Index;
        var publishT = At(day, hour) + rng.Next(60_000);
        var giant = app.Team.Length >= 5;
        var dev = giant ? app.Team[rng.Next(2)] : app.Team[0];
        var reviewer = app.Team[giant ? 2 : 1];
        var approver = app.Team[giant ? 3 : 2 % app.Team.Length];
        var publisher = giant ? app.Team[4] : app.Practice == Practice.Staged ? app.Team[3] : approver;
        Chain(app, v, patch, publishT, sameDay ? publishT - (100 + rng.Next(60)) * 60_000L : publishT - HarborCalendar.DayMs + rng.Next(-2, 5) * HarborCalendar.HourMs,
            dev, reviewer, approver, publisher, threshold);
        return patch;
    }

    /// <summary>upload → security review → approval request → approve → publish; the patch is served from the publish on.</summary>
    public void Chain(HarborApp app, HarborVersion v, int patch, long publishT, long uploadT, string dev, string reviewer, string approver, string publisher, int threshold)
    {
        var api = app.Practice is Practice.MultiPublisher or Practice.NightRelease;
        var approval = app.Practice == Practice.MultiPublisher ? "AUTO-" + w.Hex(6) : Approval();
        var content = Content();
        HarborOp Op(long t, string who, string role, string action) => new()
        {
            T = t, Operator = who, Role = role, Action = action, App = app.Index, Version = v.Index, Patch = patch, Api = api, OffsetMinutes = app.OffsetMinutes,
            Content = action is "patch_upload" or "publish" ? content : null, Approval = action is "approval_request" or "approve" or "publish" ? approval : null,
            Result = action switch { "security_review" => "pass", "approve" => "approved", _ => null },
            Distribution = action == "publish" ? threshold < 100 ? "conditional" : "full" : null,
            Condition = action == "publish" && threshold < 100 ? $"bucket < {threshold}" : null,
        };
        Add(Op(uploadT, dev, "developer", "patch_upload"));
        Add(Op(uploadT + (25 + rng.Next(40)) * 60_000L, reviewer, "reviewer", "security_review"));
        if (app.Practice != Practice.MultiPublisher)
        {
            Add(Op(publishT - (40 + rng.Next(20)) * 60_000L, dev, "developer", "approval_request"));
            Add(Op(publishT - (10 + rng.Next(20)) * 60_000L, approver, "approver", "approve"));
        }
        Add(Op(publishT, publisher, app.Practice == Practice.MultiPublisher ? "bot" : "releaser", "publish"));
        w.Serve(v, publishT, patch, threshold);
    }

    private void Widen(HarborApp app, HarborVersion v, int patch, int day, string? condition, int threshold)
    {
        while (day < cal.Days && cal.Weekday(day) >= 5)
        {
            day++;
        }
        if (day >= cal.Days)
        {
            return;
        }
        var t = At(day, 10 + rng.NextDouble() * 3);
        Add(new HarborOp
        {
            T = t, Operator = app.Team[3], Role = "ops", Action = "targeting_change", App = app.Index, Version = v.Index, Patch = patch,
            Distribution = condition is null ? "full" : "conditional", Condition = condition,
        });
        w.Serve(v, t, patch, threshold);
        Controls.Add((v.Index, day, "staged_widening"));
    }

    private void RoutineRollback(HarborApp app, HarborVersion v, List<int> history, int day)
    {
        if (cal.Weekday(day) >= 5 || cal.Holidays.Contains(day))
        {
            return;
        }
        var previous = history[^2];
        var t = At(day, 10 + rng.NextDouble() * 6);
        if (app.Practice == Practice.TwoStepRollback && rng.NextDouble() < 0.4)
        {
            // the written procedure: switch the bad patch off, then make the previous one active again
            Add(new HarborOp { T = t, Operator = app.Team[3], Role = "oncall", Action = "deactivate", App = app.Index, Version = v.Index, Patch = history[^1] });
            w.Serve(v, t, -1, 100);
            var back = t + (10 + rng.Next(16)) * 60_000L;
            Add(new HarborOp { T = back, Operator = app.Team[3], Role = "oncall", Action = "set_active", App = app.Index, Version = v.Index, Patch = previous });
            w.Serve(v, back, previous, 100);
            history.Add(previous);
            Controls.Add((v.Index, day, "two_step_rollback"));
        }
        else if (app.Practice == Practice.Standard && rng.NextDouble() < 0.07)
        {
            Add(new HarborOp { T = t, Operator = app.Team[Math.Min(2, app.Team.Length - 1)], Role = "approver", Action = "set_active", App = app.Index, Version = v.Index, Patch = previous, Api = false });
            w.Serve(v, t, previous, 100);
            history.Add(previous);
            Controls.Add((v.Index, day, "single_rollback"));
        }
    }

    /// <summary>The CI bot publishes one to four small patches every working day (none at weekends).</summary>
    private void PlanContinuous(HarborApp app, HarborVersion v, List<int> history)
    {
        for (var day = 0; day < cal.Days; day++)
        {
            if (cal.Weekday(day) >= 5 || day == cal.Outage)
            {
                continue;
            }
            var k = w.Pick([0.1, 0.25, 0.35, 0.22, 0.08]);
            var hours = Enumerable.Range(0, k).Select(_ => 10 + rng.NextDouble() * 9).Order().ToList();
            foreach (var hour in hours)
            {
                var patch = w.NewPatch(v).Index;
                var t = At(day, hour);
                Chain(app, v, patch, t, t - (6 + rng.Next(5)) * 60_000L, app.Team[0], app.Team[1], app.Team[0], app.Team[0], 100);
                history.Add(patch);
            }
            if (rng.NextDouble() < 0.12)
            {
                Add(new HarborOp { T = At(day, 15 + rng.NextDouble() * 3), Operator = app.Team[2], Role = "developer", Action = "targeting_change", App = app.Index, Version = v.Index, Distribution = "full", Api = true });
            }
            if (k >= 3)
            {
                Controls.Add((v.Index, day, "routine_multi_publish"));
            }
        }
    }

    /// <summary>Weekly releases at the team's evening in +01:00: after midnight on the devices' clocks.</summary>
    private void PlanNightly(HarborApp app, HarborVersion v, List<int> history)
    {
        var weekday = 1 + rng.Next(3);
        for (var week = 0; week * 7 + weekday + 1 < cal.Days; week++)
        {
            var day = week * 7 + weekday + 1;
            if (rng.NextDouble() < 0.15 || day == cal.Outage)
            {
                continue;
            }
            var patch = w.NewPatch(v).Index;
            var t = At(day, 0.9 + rng.NextDouble() * 1.6);
            Chain(app, v, patch, t, t - (65 + rng.Next(15)) * 60_000L, app.Team[0], app.Team[1], app.Team[1], app.Team[1], 100);
            history.Add(patch);
            Controls.Add((v.Index, day, "night_release"));
        }
    }
}
