using System.Runtime.CompilerServices;

namespace HotAudit.Anomalies.Features;

/// <summary>One device's events on one (app version, local day): what it did, before it is added to the day's tally once.</summary>
internal sealed class DeviceDay
{
    public int Applies;
    public int RepeatApplies;
    public int BackgroundApplies;
    public int NightApplies;
    public bool Verified;
    public bool VerifyFailed;
    public bool Failed;

    /// <summary>The device ran or took a patch that day: an event of it carried a patch_id (a launch with one, a download, verification, apply, rollback or crash of one).</summary>
    public bool Patched;
    public int Checks;
    public int HttpChecks;
    public List<int> Patches { get; } = [];

    /// <summary>Empties the day for the next device (one instance serves device after device).</summary>
    public void Reset()
    {
        Applies = RepeatApplies = BackgroundApplies = NightApplies = Checks = HttpChecks = 0;
        Verified = VerifyFailed = Failed = Patched = false;
        Patches.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTo(DayTally t)
    {
        t.ActiveDevices++;
        t.Applies += Applies;
        t.RepeatApplies += RepeatApplies;
        t.ApplyingDevices += Applies > 0 ? 1 : 0;
        t.BackgroundApplies += BackgroundApplies;
        t.NightApplies += NightApplies;
        t.VerifyingDevices += Verified ? 1 : 0;
        t.VerifyFailedDevices += VerifyFailed ? 1 : 0;
        t.FailingDevices += Failed && Patched ? 1 : 0;
        t.PatchedDevices += Patched ? 1 : 0;
        t.CheckingDevices += Checks > 0 ? 1 : 0;
        t.Checks += Checks;
        t.HttpChecks += HttpChecks;
        t.Patches.UnionWith(Patches);
    }
}
