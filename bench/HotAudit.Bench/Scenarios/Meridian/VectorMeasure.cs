namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One vector measured the family's way, after ANOMALY.md's features: counts of publishes, rollbacks (set_active and
/// deactivate) and distinct operators; active devices; applies (apply_success) per active device; among applies the
/// share background or silent and not user-initiated, and the share between 00:00 and 06:00 local; verify_failed among
/// verifications; devices with apply_failed, rollback or crash among active devices; http among update checks. A share's
/// base is the number of distinct devices behind its denominator.
/// </summary>
internal sealed record VectorMeasure(
    int Publishes, int Rollbacks, int Operators, int Active, int ApplyingDevices, int VerifyingDevices, int CheckingDevices,
    double AppliesPerDevice, double BackgroundShare, double NightShare, double VerifyFailedShare, double FailingShare, double HttpShare)
{
    /// <summary>The fewest devices under a share for it to mean anything (the monitor's default minimum base).</summary>
    public const int MinimumBase = 20;

    public static VectorMeasure Of(VectorTally t) => new(
        t.Publishes, t.Rollbacks, t.Operators.Count, t.Active.Count, t.Applying.Count, t.Verifying.Count, t.Checking.Count,
        Ratio(t.Applies, t.Active.Count), Ratio(t.BackgroundApplies, t.Applies), Ratio(t.NightApplies, t.Applies),
        Ratio(t.VerifyFailed, t.VerifyPassed + t.VerifyFailed), Ratio(t.Failing.Count, t.Active.Count), Ratio(t.HttpChecks, t.Checks));

    /// <summary>The kind's measure on this vector.</summary>
    public double Value(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => Publishes,
        AnomalyKinds.RollbackBurst => Rollbacks,
        AnomalyKinds.OperatorBurst => Operators,
        AnomalyKinds.SilentBackground => BackgroundShare,
        AnomalyKinds.FailureSpike => FailingShare,
        AnomalyKinds.HttpDowngrade => HttpShare,
        AnomalyKinds.ApplyRateSpike => AppliesPerDevice,
        AnomalyKinds.NightApplies => NightShare,
        _ => VerifyFailedShare,
    };

    /// <summary>Whether the kind's measure has its minimum base here (counts always have).</summary>
    public bool HasBase(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst or AnomalyKinds.RollbackBurst or AnomalyKinds.OperatorBurst => true,
        AnomalyKinds.SilentBackground or AnomalyKinds.NightApplies => ApplyingDevices >= MinimumBase,
        AnomalyKinds.VerifyFailedSpike => VerifyingDevices >= MinimumBase,
        AnomalyKinds.HttpDowngrade => CheckingDevices >= MinimumBase,
        _ => Active >= MinimumBase,
    };

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
