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

    /// <summary>Applies of the patch the device was already running (<see cref="RunningPatch"/>).</summary>
    public int RepeatApplies;

    /// <summary>Devices that ran or took a patch (<see cref="DeviceDay.Patched"/>): the base of the failing share.</summary>
    public int PatchedDevices;
    public HashSet<int> Patches { get; } = [];

    private int[] Counts => [ActiveDevices, Applies, ApplyingDevices, BackgroundApplies, NightApplies, VerifyingDevices,
        VerifyFailedDevices, FailingDevices, CheckingDevices, Checks, HttpChecks, RepeatApplies, PatchedDevices];

    public void Write(Core.Portable.PortableWriter writer)
    {
        foreach (var n in Counts)
        {
            writer.Long(n);
        }
        writer.Long(Patches.Count);
        foreach (var p in Patches)
        {
            writer.Symbol(p);
        }
    }

    public static DayTally Read(Core.Portable.PortableReader reader)
    {
        var n = new int[13];
        for (var i = 0; i < n.Length; i++)
        {
            n[i] = (int)reader.Long();
        }
        var tally = new DayTally
        {
            ActiveDevices = n[0], Applies = n[1], ApplyingDevices = n[2], BackgroundApplies = n[3], NightApplies = n[4], VerifyingDevices = n[5],
            VerifyFailedDevices = n[6], FailingDevices = n[7], CheckingDevices = n[8], Checks = n[9], HttpChecks = n[10], RepeatApplies = n[11], PatchedDevices = n[12],
        };
        var patches = reader.Long();
        for (var i = 0; i < patches; i++)
        {
            tally.Patches.Add(reader.Symbol());
        }
        return tally;
    }

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
        RepeatApplies += other.RepeatApplies;
        PatchedDevices += other.PatchedDevices;
        Patches.UnionWith(other.Patches);
    }
}
