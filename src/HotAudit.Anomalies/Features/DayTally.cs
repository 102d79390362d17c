namespace HotAudit.Anomalies.Features;

/// <summary>What the telemetry of one (app, app version, local day) adds up to; devices are counted once each.</summary>
internal sealed class DayTally
{
    public int ActiveDevices;
    public int Applies;
    public int ApplyingDevices;
    public int BackgroundApplies;
    public int NightApplies;
    public int VerifyingDevices;
    public int VerifyFailedDevices;
    public int FailingDevices;
    public int CheckingDevices;
    public int Checks;
    public int HttpChecks;
    public HashSet<int> Patches { get; } = [];

    public void Add(DayTally other)
    {
        ActiveDevices += other.ActiveDevices;
        Applies += other.Applies;
        ApplyingDevices += other.ApplyingDevices;
        BackgroundApplies += other.BackgroundApplies;
        NightApplies += other.NightApplies;
        VerifyingDevices += other.VerifyingDevices;
        VerifyFailedDevices += other.VerifyFailedDevices;
        FailingDevices += other.FailingDevices;
        CheckingDevices += other.CheckingDevices;
        Checks += other.Checks;
        HttpChecks += other.HttpChecks;
        Patches.UnionWith(other.Patches);
    }
}
