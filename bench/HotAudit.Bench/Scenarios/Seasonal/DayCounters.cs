namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>What one (app, version, day) vector's telemetry shows, counted as it is written: each kind's measure.</summary>
internal sealed class DayCounters
{
    public int Active { get; set; }
    public int Applies { get; set; }
    public int SilentApplies { get; set; }
    public int NightApplies { get; set; }
    public int Verifications { get; set; }
    public int VerifyFailed { get; set; }
    public int Checks { get; set; }
    public int HttpChecks { get; set; }
    public int FailingDevices { get; set; }

    public double ApplyRate => Active == 0 ? 0 : Applies / (double)Active;

    /// <summary>The kind's measure on this day, as <see cref="AnomalyKinds"/> defines its strength.</summary>
    public double Measure(string kind) => kind switch
    {
        AnomalyKinds.SilentBackground => Share(SilentApplies, Applies),
        AnomalyKinds.NightApplies => Share(NightApplies, Applies),
        AnomalyKinds.VerifyFailedSpike => Share(VerifyFailed, Verifications),
        AnomalyKinds.HttpDowngrade => Share(HttpChecks, Checks),
        AnomalyKinds.FailureSpike => Share(FailingDevices, Active),
        _ => ApplyRate,
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 6);
}
