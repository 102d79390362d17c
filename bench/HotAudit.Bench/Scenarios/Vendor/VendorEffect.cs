namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>How an injection bends one (app version, day) of telemetry: each a probability per device (0: untouched).</summary>
internal sealed class VendorEffect
{
    public double Silent { get; init; }
    public double Night { get; init; }
    public double Http { get; init; }
    public double VerifyFail { get; init; }
    public double Crash { get; init; }
    public double Reapply { get; init; }
    public int ReapplyTimes { get; init; }
}
