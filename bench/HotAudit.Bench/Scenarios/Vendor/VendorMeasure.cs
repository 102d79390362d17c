namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>Counts every (app version, local day) of the written telemetry and operation log into <see cref="VendorStats"/>.</summary>
internal static class VendorMeasure
{
    public static Dictionary<VendorVector, VendorStats> Of(VendorWorld world, IEnumerable<VendorEvent> events, IEnumerable<VendorOp> ops)
    {
        var stats = new Dictionary<VendorVector, VendorStats>();
        VendorStats At(VendorVersion version, int day)
        {
            var key = new VendorVector(version, day);
            if (!stats.TryGetValue(key, out var s))
            {
                stats[key] = s = new VendorStats();
            }
            return s;
        }
        foreach (var e in events)
        {
            Count(At(e.Version, e.Day), e);
        }
        foreach (var op in ops.Where(o => o.Version is not null && o.Written(world.Calendar)))
        {
            Count(At(op.Version!, op.Day), op);
        }
        return stats;
    }

    private static void Count(VendorStats s, VendorEvent e)
    {
        s.Devices.Add(e.Device.Number);
        switch (e.Event)
        {
            case "apply_success":
                s.Applies++;
                s.BackgroundApplies += e.Background && !e.UserInitiated ? 1 : 0;
                s.NightApplies += e.At % VendorCalendar.Day < 6 * 3600 ? 1 : 0;
                break;
            case "update_check":
                s.Checks++;
                s.HttpChecks += e.Transport == "http" ? 1 : 0;
                break;
            case "verify_passed" or "verify_failed":
                s.Verifies++;
                s.VerifyFailed += e.Event == "verify_failed" ? 1 : 0;
                break;
            case "apply_failed" or "rollback" or "crash":
                s.Failing.Add(e.Device.Number);
                break;
        }
    }

    private static void Count(VendorStats s, VendorOp op)
    {
        s.Operators.Add(op.Operator);
        s.Publishes += op.Action == "publish" ? 1 : 0;
        s.Rollbacks += op.Action is "set_active" or "deactivate" ? 1 : 0;
    }
}
