namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// The case's days at +08:00 from Monday 2026-08-17: public holidays (Mid-Autumn, the National Day week), the outage
/// day (the ingestion gateway down from 09:00 to 15:00, those events lost) and the traffic factors of a day.
/// </summary>
internal sealed class HarborCalendar
{
    public const long DayMs = 86_400_000;
    public const long HourMs = 3_600_000;
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    public static readonly DateOnly First = new(2026, 8, 17);

    public HarborCalendar(int days, Random rng)
    {
        Days = days;
        Start = new DateTimeOffset(First.ToDateTime(TimeOnly.MinValue), Offset).ToUnixTimeMilliseconds();
        Holidays = [.. Enumerable.Range(0, days).Where(d => Date(d) is { Month: 9, Day: 25 } or { Month: 10, Day: <= 7 })];
        do
        {
            Outage = 45 + rng.Next(18);
        }
        while (Holidays.Contains(Outage) || Weekday(Outage) >= 5);
    }

    public int Days { get; }
    /// <summary>UTC milliseconds of day 0's local midnight.</summary>
    public long Start { get; }
    public HashSet<int> Holidays { get; }
    public int Outage { get; }

    public DateOnly Date(int day) => First.AddDays(day);
    /// <summary>0 = Monday.</summary>
    public int Weekday(int day) => day % 7;
    public long Midnight(int day) => Start + day * DayMs;
    public int DayOf(long utcMs) => (int)Math.Floor((utcMs - Start) / (double)DayMs);
    public DateOnly LocalDate(long utcMs) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(utcMs).ToOffset(Offset).DateTime);
    public int LocalHour(long utcMs) => (int)((((utcMs - Start) % DayMs) + DayMs) % DayMs / HourMs);

    /// <summary>Whether the gateway lost this instant's events.</summary>
    public bool Lost(long utcMs) => DayOf(utcMs) == Outage && LocalHour(utcMs) is >= 9 and < 15;

    /// <summary>The seasonal factor of an app's traffic on a day (week, month, holiday, slow growth).</summary>
    public double Factor(HarborApp app, int day)
    {
        var f = app.Weekly[Weekday(day)] * (1 + 0.15 * day / Days);
        var date = Date(day);
        if (app.Monthly == 1 && date.Day is 1 or 15)
        {
            f *= 1.45;
        }
        if (app.Monthly == 2 && date.Day >= DateTime.DaysInMonth(date.Year, date.Month) - 1)
        {
            f *= 1.35;
        }
        return Holidays.Contains(day) ? f * app.Holiday : f;
    }
}
