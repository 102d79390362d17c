namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The measures of one (app version, day) vector as ANOMALY.md defines them, counted from its events: what the truth
/// records as an injected anomaly's strength, and the bases that decide whether a share may be injected at all.
/// </summary>
internal sealed record VectorStats(
    int Active, int Applies, int Appliers, int Silent, int Night, int Checks, int Checkers, int HttpChecks,
    int Verifications, int Verifiers, int VerifyFailed, int Failing)
{
    public static VectorStats Of(IReadOnlyList<SimEvent> events, IEnumerable<int> indexes)
    {
        var list = indexes.Select(i => events[i]).ToList();
        var applies = list.Where(e => e.Event == "apply_success").ToList();
        var checks = list.Where(e => e.Event == "update_check").ToList();
        var verifications = list.Where(e => e.Event is "verify_passed" or "verify_failed").ToList();
        return new VectorStats(
            Active: list.Select(e => e.Device).Distinct().Count(),
            Applies: applies.Count,
            Appliers: applies.Select(e => e.Device).Distinct().Count(),
            Silent: applies.Count(IsSilent),
            Night: applies.Count(e => e.Local.Hour < 6),
            Checks: checks.Count,
            Checkers: checks.Select(e => e.Device).Distinct().Count(),
            HttpChecks: checks.Count(e => e.Http),
            Verifications: verifications.Count,
            Verifiers: verifications.Select(e => e.Device).Distinct().Count(),
            VerifyFailed: verifications.Count(e => e.Event == "verify_failed"),
            Failing: list.Where(e => e.Event is "apply_failed" or "rollback" or "crash").Select(e => e.Device).Distinct().Count());
    }

    /// <summary>Applied in the background or silently, and not by the user.</summary>
    public static bool IsSilent(SimEvent e) => (e.Background || e.InstallMode == "silent") && !e.UserInitiated;

    /// <summary>The measure of <paramref name="kind"/> on this vector (the strength unit of <see cref="AnomalyKinds"/>).</summary>
    public double Measure(string kind) => kind switch
    {
        AnomalyKinds.SilentBackground => Share(Silent, Applies),
        AnomalyKinds.NightApplies => Share(Night, Applies),
        AnomalyKinds.HttpDowngrade => Share(HttpChecks, Checks),
        AnomalyKinds.VerifyFailedSpike => Share(VerifyFailed, Verifications),
        AnomalyKinds.FailureSpike => Share(Failing, Active),
        AnomalyKinds.ApplyRateSpike => Share(Applies, Active),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a telemetry kind"),
    };

    /// <summary>Devices in the base of <paramref name="kind"/>'s share.</summary>
    public int Base(string kind) => kind switch
    {
        AnomalyKinds.SilentBackground or AnomalyKinds.NightApplies => Appliers,
        AnomalyKinds.HttpDowngrade => Checkers,
        AnomalyKinds.VerifyFailedSpike => Verifiers,
        _ => Active,
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
