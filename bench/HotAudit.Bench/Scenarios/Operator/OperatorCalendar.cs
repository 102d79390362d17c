namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The case's days in local time (+08:00): the first day, how many, and which are public holidays.</summary>
internal sealed record OperatorCalendar(DateOnly Start, int Days, IReadOnlySet<int> Holidays)
{
    /// <summary>Mainland public holidays of 2026 (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat).</summary>
    private static readonly (int Month, int Day, int Length)[] HolidayRuns =
        [(1, 1, 1), (2, 16, 7), (4, 4, 3), (5, 1, 5), (6, 19, 3)];

    /// <summary>A start between early January and June and 60–120 days: every such window holds a holiday.</summary>
    public static OperatorCalendar Create(Random rng)
    {
        var start = new DateOnly(2026, 1, 5).AddDays(rng.Next(0, 148));
        var days = rng.Next(60, 121);
        var holidays = new SortedSet<int>();
        foreach (var (month, day, length) in HolidayRuns)
        {
            for (var i = 0; i < length; i++)
            {
                var index = new DateOnly(2026, month, day).AddDays(i).DayNumber - start.DayNumber;
                if (index >= 0 && index < days)
                    holidays.Add(index);
            }
        }
        return new OperatorCalendar(start, days, holidays);
    }

    /// <summary>The local date of day <paramref name="day"/>.</summary>
    public DateOnly Date(int day) => Start.AddDays(day);

    /// <summary>Local time <paramref name="seconds"/> after the start of day <paramref name="day"/>.</summary>
    public DateTime At(int day, double seconds) => Start.AddDays(day).ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);

    /// <summary>The day index of a local time.</summary>
    public int DayOf(DateTime local) => DateOnly.FromDateTime(local).DayNumber - Start.DayNumber;

    /// <summary>The last two days of a calendar month.</summary>
    public bool IsMonthEnd(int day) => Date(day).AddDays(2).Month != Date(day).Month;

    /// <summary>Day of the week of day <paramref name="day"/>.</summary>
    public DayOfWeek Weekday(int day) => Date(day).DayOfWeek;
}
