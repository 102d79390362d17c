namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>A device of one app while the simulation runs (its app version, patch and consent change over time).</summary>
internal sealed class DeviceState(int index, int app, string id, string platform, string os, double activity, int joinDay, bool http)
{
    public int Index { get; } = index;

    public int App { get; } = app;

    /// <summary>The pseudonymous device id written to telemetry.</summary>
    public string Id { get; } = id;

    public string Platform { get; } = platform;

    public string OsVersion { get; } = os;

    /// <summary>Probability of opening the app on a plain day.</summary>
    public double Activity { get; } = activity;

    /// <summary>Day the device installed the app (0 = before the case).</summary>
    public int JoinDay { get; } = joinDay;

    /// <summary>An old SDK configuration that checks and downloads over http.</summary>
    public bool Http { get; } = http;

    /// <summary>Upcoming app-version upgrades (day, version index), in day order.</summary>
    public Queue<(int Day, int Version)> Upgrades { get; } = new();

    public int Version { get; set; }

    /// <summary>The patch number running on the device (0 = the base package).</summary>
    public int Patch { get; set; }

    /// <summary>null until the consent dialog was answered.</summary>
    public bool? Consent { get; set; }

    /// <summary>Moves the device to the app version it runs on <paramref name="day"/>; a new version starts unpatched.</summary>
    public void UpgradeTo(int day)
    {
        while (Upgrades.Count > 0 && Upgrades.Peek().Day <= day)
        {
            Version = Upgrades.Dequeue().Version;
            Patch = 0;
        }
    }
}
