namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The telemetry anomalies of one seed and their target strengths, from subtle (a few points over an app's own usual,
/// which may itself be high: a background-first app, an app with users in Europe at night) to obvious.
/// </summary>
internal static class StrengthPlan
{
    public static readonly IReadOnlyList<(string Kind, double Target)> Telemetry =
    [
        (AnomalyKinds.SilentBackground, 0.10), (AnomalyKinds.SilentBackground, 0.25), (AnomalyKinds.SilentBackground, 0.60),
        (AnomalyKinds.NightApplies, 0.12), (AnomalyKinds.NightApplies, 0.30), (AnomalyKinds.NightApplies, 0.60),
        (AnomalyKinds.VerifyFailedSpike, 0.05), (AnomalyKinds.VerifyFailedSpike, 0.15), (AnomalyKinds.VerifyFailedSpike, 0.40),
        (AnomalyKinds.HttpDowngrade, 0.06), (AnomalyKinds.HttpDowngrade, 0.20), (AnomalyKinds.HttpDowngrade, 0.50),
        (AnomalyKinds.FailureSpike, 0.06), (AnomalyKinds.FailureSpike, 0.15), (AnomalyKinds.FailureSpike, 0.40),
        (AnomalyKinds.ApplyRateSpike, 1.5), (AnomalyKinds.ApplyRateSpike, 3.0),
    ];

    /// <summary>The base a vector needs for the kind: applies for the apply shares, verifications, else active devices.</summary>
    public static bool HasBase(string kind, VectorStats s) => kind switch
    {
        AnomalyKinds.SilentBackground or AnomalyKinds.NightApplies => s.Applies >= 40 && s.Active >= 40,
        AnomalyKinds.VerifyFailedSpike => s.Verifies >= 40 && s.Active >= 40,
        _ => s.Active >= 40,
    };
}
