namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// A client app on the platform: its size, its users' week and hours, its SDK's habits (how often it checks, how often
/// an apply runs in the background) and natural failure levels, its versions, devices and team.
/// </summary>
internal sealed class VendorApp
{
    public required string Id { get; init; }
    public required string Short { get; init; }
    public required int JoinDay { get; init; }
    public required bool WeekendPeak { get; init; }
    public required double Growth { get; init; }
    public required double NightShare { get; init; }
    public required double BackgroundShare { get; init; }
    public required double CheckProbability { get; init; }
    public required double CrashRate { get; init; }
    public required double ApplyFailRate { get; init; }
    public required double VerifyFailRate { get; init; }
    public required double UpgradeDays { get; init; }
    public required VendorTeam Team { get; init; }
    public List<VendorVersion> Versions { get; } = [];
    public List<VendorDevice> Devices { get; } = [];
    public double[] DailyNoise { get; set; } = [];

    public DayOfWeek PeakDay => WeekendPeak ? DayOfWeek.Saturday : DayOfWeek.Monday;

    public double Weekly(DayOfWeek day) => WeekendPeak
        ? day switch { DayOfWeek.Saturday => 1.3, DayOfWeek.Sunday => 1.2, DayOfWeek.Friday => 1.05, _ => 0.92 }
        : day switch { DayOfWeek.Monday => 1.18, DayOfWeek.Saturday => 0.55, DayOfWeek.Sunday => 0.5, _ => 1.05 };

    public double Factor(VendorCalendar calendar, int day) =>
        Weekly(calendar.Weekday(day)) * (calendar.Holidays.Contains(day) ? 0.4 : 1) * (1 + Growth * day / calendar.Days) * DailyNoise[day];
}
