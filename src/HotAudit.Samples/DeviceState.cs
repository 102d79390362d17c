namespace HotAudit.Samples;

/// <summary>A simulated device: who it is and what it has applied so far.</summary>
internal sealed class DeviceState(string app, string platform, string os, int firstDay, int upgradeDay, double activity)
{
    public string App { get; } = app;
    public string Platform { get; } = platform;
    public string Os { get; } = os;
    public int FirstDay { get; } = firstDay;
    public int UpgradeDay { get; } = upgradeDay;
    public double Activity { get; } = activity;
    public bool Denied { get; set; }
    public string Applied { get; set; } = "";
}
