namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// How each telemetry anomaly changes one vector's events toward its target: whole patch cycles turned silent or
/// moved into the night, tampered downloads that fail verification before a good retry, checks downgraded to http,
/// devices crashing (and the SDK rolling back), devices stuck in an install loop.
/// </summary>
internal sealed class TelemetryEdits(FleetWorld world, List<FleetEvent> events, VectorIndex index, Random rng)
{
    private int _session = events.Count == 0 ? 0 : events.Max(e => e.Session) + 1;

    public void Apply(string kind, double target, int version, int day)
    {
        var ids = index.Of(version, day).ToList();
        var stats = index.Stats(version, day);
        switch (kind)
        {
            case AnomalyKinds.SilentBackground:
                EditCycles(ids, Need(target * stats.Applies, stats.BackgroundApplies), e => !e.Background, (e, _) => e with { Background = true, UserInitiated = false });
                break;
            case AnomalyKinds.NightApplies:
                EditCycles(ids, Need(target * stats.Applies, stats.NightApplies), e => e.Local.Hour >= 6, Night(day));
                break;
            case AnomalyKinds.HttpDowngrade:
                EditSessions(ids, Need(target * stats.Checks, stats.HttpChecks), "update_check", e => !e.Http, (e, _) => e with { Http = true });
                break;
            case AnomalyKinds.VerifyFailedSpike:
                Tamper(ids, Need(target * stats.Verifies / (1 - target), 0));
                break;
            case AnomalyKinds.FailureSpike:
                Crash(ids, Need(target * stats.Active, stats.FailingDevices));
                break;
            default:
                Loop(ids, Need(target * stats.Active, stats.Applies), stats.Active);
                break;
        }
    }

    /// <summary>Whether the vector has enough sessions or devices to edit toward <paramref name="target"/>.</summary>
    public bool Feasible(string kind, double target, int version, int day)
    {
        var ids = index.Of(version, day);
        var stats = index.Stats(version, day);
        var day0 = ids.Select(i => events[i]).ToList();
        int Sessions(Func<FleetEvent, bool> anchor) => day0.Where(anchor).Select(e => e.Session).Distinct().Count();
        return kind switch
        {
            AnomalyKinds.SilentBackground => Sessions(e => e.Event == "apply_success" && !e.Background) >= Need(target * stats.Applies, stats.BackgroundApplies),
            AnomalyKinds.NightApplies => Sessions(e => e.Event == "apply_success" && e.Local.Hour >= 6) >= Need(target * stats.Applies, stats.NightApplies),
            AnomalyKinds.HttpDowngrade => Sessions(e => e.Event == "update_check" && !e.Http) >= Need(target * stats.Checks, stats.HttpChecks),
            AnomalyKinds.VerifyFailedSpike => Sessions(e => e.Event == "verify_passed" && e.Local.TimeOfDay > TimeSpan.FromMinutes(6)) >= Need(target * stats.Verifies / (1 - target), 0),
            AnomalyKinds.FailureSpike => day0.Where(e => e.Local.Hour < 23).Select(e => e.Device).Distinct().Count() - stats.FailingDevices >= Need(target * stats.Active, stats.FailingDevices),
            _ => day0.Where(e => e.Event == "launch" && e.Patch > 0 && e.Local.Hour < 20).Select(e => e.Device).Distinct().Count() >= Math.Max(1, stats.Active / 5),
        };
    }

    private static int Need(double wanted, int have) => Math.Max(0, (int)Math.Ceiling(wanted) - have);

    /// <summary>Edits every event of <paramref name="n"/> sessions whose apply_success matches <paramref name="pick"/>.</summary>
    private void EditCycles(List<int> ids, int n, Func<FleetEvent, bool> pick, Func<FleetEvent, TimeSpan, FleetEvent> edit) =>
        EditSessions(ids, n, "apply_success", pick, edit);

    private void EditSessions(List<int> ids, int n, string anchor, Func<FleetEvent, bool> pick, Func<FleetEvent, TimeSpan, FleetEvent> edit)
    {
        var sessions = ids.Where(i => events[i].Event == anchor && pick(events[i])).Select(i => events[i].Session).Distinct().OrderBy(_ => rng.Next()).Take(n).ToHashSet();
        var shift = sessions.ToDictionary(s => s, _ => TimeSpan.FromSeconds(rng.Next(0, 5 * 3600)));
        foreach (var i in ids.Where(i => sessions.Contains(events[i].Session)))
            index.Replace(i, edit(events[i], shift[events[i].Session]));
    }

    /// <summary>Moves a session to a night time of the same day, keeping its events' spacing.</summary>
    private Func<FleetEvent, TimeSpan, FleetEvent> Night(int day)
    {
        var midnight = world.Date(day).ToDateTime(TimeOnly.MinValue);
        var starts = new Dictionary<int, DateTime>();
        return (e, at) =>
        {
            var first = starts.TryGetValue(e.Session, out var s) ? s : starts[e.Session] = e.Local;
            return e with { Local = midnight + at + (e.Local - first) };
        };
    }

    /// <summary>A download tampered on the way (verify_failed) before the good download of <paramref name="n"/> sessions.</summary>
    private void Tamper(List<int> ids, int n)
    {
        var verified = ids.Where(i => events[i].Event == "verify_passed").Select(i => events[i].Session).ToHashSet();
        var starts = ids.Where(i => events[i].Event == "download_start" && events[i].Local.TimeOfDay > TimeSpan.FromMinutes(3)
            && verified.Contains(events[i].Session)).OrderBy(_ => rng.Next()).Take(n).ToList();
        foreach (var e in starts.Select(i => events[i]))
        {
            var t = e.Local.AddSeconds(-rng.Next(60, 170));
            index.Add(e with { Local = t });
            index.Add(e with { Local = t.AddSeconds(rng.Next(5, 30)), Event = "download_complete" });
            index.Add(e with { Local = t.AddSeconds(rng.Next(31, 40)), Event = "verify_failed", Error = "E_SIGNATURE_MISMATCH" });
        }
    }

    /// <summary><paramref name="n"/> devices without a failure that day crash after their first event; half are rolled back by the SDK.</summary>
    private void Crash(List<int> ids, int n)
    {
        var failing = ids.Where(i => events[i].IsFailure).Select(i => events[i].Device).ToHashSet();
        var firsts = ids.Select(i => events[i]).Where(e => !failing.Contains(e.Device) && e.Local.Hour < 23)
            .GroupBy(e => e.Device).Select(g => g.MinBy(e => e.Local)!).OrderBy(_ => rng.Next()).Take(n).ToList();
        foreach (var e in firsts)
        {
            var t = e.Local.AddMinutes(rng.Next(1, 30));
            index.Add(new FleetEvent(t, e.Device, e.Version, "crash", e.Session, e.Patch, Error: "SIGSEGV"));
            if (rng.NextDouble() < 0.5 && e.Patch > 0)
                index.Add(new FleetEvent(t.AddSeconds(rng.Next(2, 20)), e.Device, e.Version, "rollback", e.Session, e.Patch, Error: "E_CRASH_LOOP"));
        }
    }

    /// <summary><paramref name="extra"/> more applies from a fifth of the active devices, re-applying their patch in a loop.</summary>
    private void Loop(List<int> ids, int extra, int active)
    {
        var loopers = ids.Select(i => events[i]).Where(e => e.Event == "launch" && e.Patch > 0 && e.Local.Hour < 20)
            .GroupBy(e => e.Device).Select(g => g.First()).OrderBy(_ => rng.Next()).Take(Math.Max(1, active / 5)).ToList();
        if (loopers.Count == 0)
            return;
        var each = (int)Math.Ceiling((double)extra / loopers.Count);
        foreach (var e in loopers)
        {
            var session = _session++;
            var t = e.Local;
            for (var k = 0; k < each && extra > 0; k++, extra--)
            {
                t = t.AddMinutes(rng.Next(2, 12));
                index.Add(new FleetEvent(t, e.Device, e.Version, "apply_start", session, e.Patch));
                index.Add(new FleetEvent(t.AddSeconds(rng.Next(1, 5)), e.Device, e.Version, "apply_success", session, e.Patch));
            }
        }
    }
}
