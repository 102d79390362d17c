namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// The installed base of one app, column-wise (an app may have 200,000 devices): when each device was installed, how
/// active it is, its app version path, its consent answer and the patch it runs.
/// </summary>
internal sealed class DeviceTable
{
    public DeviceTable(int count)
    {
        InstallDay = new int[count];
        Propensity = new float[count];
        StartVersion = new byte[count];
        MigrateDay = new int[count];
        Denied = new bool[count];
        Reported = new bool[count];
        Version = new byte[count];
        Current = new short[count];
        Ids = new string?[count];
    }

    public int Count => InstallDay.Length;
    public int[] InstallDay { get; }
    public float[] Propensity { get; }
    public byte[] StartVersion { get; }

    /// <summary>The day the device upgrades to the app's newest version; <see cref="int.MaxValue"/> when it never does.</summary>
    public int[] MigrateDay { get; }
    public bool[] Denied { get; }

    /// <summary>Whether the device has already reported telemetry (its first report shows the consent dialog).</summary>
    public bool[] Reported { get; }
    public byte[] Version { get; }

    /// <summary>Index of the patch the device runs in its current version, or -1 for the base package.</summary>
    public short[] Current { get; }
    public string?[] Ids { get; }
}
