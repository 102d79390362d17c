namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>What one (app version, local day) holds in the written data, counted as ANOMALY.md defines the features.</summary>
internal sealed class VendorStats
{
    public HashSet<int> Devices { get; } = [];
    public HashSet<int> Failing { get; } = [];
    public HashSet<string> Operators { get; } = new(StringComparer.Ordinal);
    public int Applies { get; set; }
    public int BackgroundApplies { get; set; }
    public int NightApplies { get; set; }
    public int Checks { get; set; }
    public int HttpChecks { get; set; }
    public int Verifies { get; set; }
    public int VerifyFailed { get; set; }
    public int Publishes { get; set; }
    public int Rollbacks { get; set; }

    /// <summary>The kind's strength on this vector and the base it stands on (devices, applies, checks or verifications; the count itself for the operation-log kinds).</summary>
    public (double Strength, int Base) Of(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => (Publishes, Publishes),
        AnomalyKinds.RollbackBurst => (Rollbacks, Rollbacks),
        AnomalyKinds.OperatorBurst => (Operators.Count, Operators.Count),
        AnomalyKinds.SilentBackground => (Share(BackgroundApplies, Applies), Applies),
        AnomalyKinds.FailureSpike => (Share(Failing.Count, Devices.Count), Devices.Count),
        AnomalyKinds.HttpDowngrade => (Share(HttpChecks, Checks), Checks),
        AnomalyKinds.ApplyRateSpike => (Share(Applies, Devices.Count), Devices.Count),
        AnomalyKinds.NightApplies => (Share(NightApplies, Applies), Applies),
        _ => (Share(VerifyFailed, Verifies), Verifies),
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
