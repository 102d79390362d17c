namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// One (version, case day)'s telemetry as ANOMALY.md measures it, from the events (each once): active devices, update
/// checks and how many over http, verifications and failed ones, applies and how many in background, silently, not by
/// the user, or between 00:00 and 06:00 case time, and devices with a failure.
/// </summary>
internal sealed record VectorStats(
    int Active, int Checks, int HttpChecks, int Verifies, int VerifyFailed, int Applies, int BackgroundApplies,
    int NightApplies, int FailingDevices)
{
    public static VectorStats Of(IEnumerable<FleetEvent> events)
    {
        var list = events.ToList();
        var applies = list.Where(e => e.Event == "apply_success").ToList();
        return new VectorStats(
            list.Select(e => e.Device).Distinct().Count(),
            list.Count(e => e.Event == "update_check"),
            list.Count(e => e.Event == "update_check" && e.Http),
            list.Count(e => e.IsVerify),
            list.Count(e => e.Event == "verify_failed"),
            applies.Count,
            applies.Count(e => e.Background && !e.UserInitiated),
            applies.Count(e => e.Local.Hour < 6),
            list.Where(e => e.IsFailure).Select(e => e.Device).Distinct().Count());
    }

    /// <summary>The kind's measure on this vector (the unit <see cref="AnomalyKinds.Unit"/> names).</summary>
    public double Measure(string kind) => kind switch
    {
        AnomalyKinds.SilentBackground => Ratio(BackgroundApplies, Applies),
        AnomalyKinds.FailureSpike => Ratio(FailingDevices, Active),
        AnomalyKinds.HttpDowngrade => Ratio(HttpChecks, Checks),
        AnomalyKinds.ApplyRateSpike => Ratio(Applies, Active),
        AnomalyKinds.NightApplies => Ratio(NightApplies, Applies),
        AnomalyKinds.VerifyFailedSpike => Ratio(VerifyFailed, Verifies),
        _ => double.NaN,
    };

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
