namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>What a device's SDK remembers while the simulation runs: its store version, the patch it runs, a patch
/// downloaded and waiting for the next launch, whether it has answered the consent dialog, a patch it refuses after
/// crashing on it.</summary>
internal sealed class DeviceState
{
    public int Version { get; set; } = -1;

    /// <summary>The applied patch number of its version (0: the base package).</summary>
    public int Applied { get; set; }

    /// <summary>A downloaded patch waiting for the next launch (0: none).</summary>
    public int Pending { get; set; }

    /// <summary>The install mode the pending patch will be applied with.</summary>
    public InstallMode PendingMode { get; set; }

    public bool Seen { get; set; }

    public bool Denied { get; set; }

    /// <summary>A patch the SDK rolled back after a crash and will not take again (0: none).</summary>
    public int Refused { get; set; }

    /// <summary>The last day an apply loop ran on the device (a loop runs once a day).</summary>
    public int LoopedOn { get; set; } = int.MinValue;
}
