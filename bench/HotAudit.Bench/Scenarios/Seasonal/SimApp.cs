namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>One app of the simulated platform: its size, weekly shape, normal rates, team, versions and devices.</summary>
internal sealed class SimApp(string id, string shortName, AppSize size, AppRates rates, AppTeam team, double[] weekly)
{
    public string Id { get; } = id;
    public string Short { get; } = shortName;
    public int Number { get; init; }
    public AppSize Size { get; } = size;
    public AppRates Rates { get; } = rates;
    public AppTeam Team { get; } = team;

    /// <summary>Activity multiplier by <see cref="DayOfWeek"/> (mean 1).</summary>
    public double[] Weekly { get; } = weekly;
    public DayOfWeek PeakDay => (DayOfWeek)Array.IndexOf(Weekly, Weekly.Max());

    /// <summary>Mean probability that an installed device is used on a day.</summary>
    public double Activity { get; init; }

    /// <summary>Probability that a used device's day is in the telemetry (the SDK samples large apps).</summary>
    public double ReportRate { get; set; }
    public double AndroidShare { get; init; }
    public double HarmonyShare { get; init; }
    public string SdkVersion { get; init; } = "3.0.0";
    public List<SimVersion> Versions { get; } = [];
    public DeviceTable Devices { get; set; } = new(0);

    /// <summary>The version released during the period, if the app has one.</summary>
    public SimVersion? Upgrade => Versions.Count > 1 && Versions[^1].ReleaseDay >= 0 ? Versions[^1] : null;

    public string DeviceId(int device) =>
        Devices.Ids[device] ??= Digests.Mix((ulong)Number, (ulong)device).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
