namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>The simulated period: its first local day, its length, and the holidays (a single day and a three-day break).</summary>
internal sealed class VendorCalendar
{
    public const long Day = 86_400;

    private VendorCalendar(DateOnly start, int days, IReadOnlySet<int> holidays)
    {
        Start = start;
        Days = days;
        Holidays = holidays;
    }

    public DateOnly Start { get; }
    public int Days { get; }
    public IReadOnlySet<int> Holidays { get; }

    public static VendorCalendar Create(Random rng)
    {
        var start = new DateOnly(2026, 1, 5).AddDays(rng.Next(0, 150));
        var days = rng.Next(122, 146);
        var single = rng.Next(35, 55);
        var triple = rng.Next(75, 95);
        return new VendorCalendar(start, days, new HashSet<int> { single, triple, triple + 1, triple + 2 });
    }

    public DateOnly Date(int day) => Start.AddDays(day);

    public DayOfWeek Weekday(int day) => Date(day).DayOfWeek;

    public bool IsWorkday(int day) => Weekday(day) is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day);
}
