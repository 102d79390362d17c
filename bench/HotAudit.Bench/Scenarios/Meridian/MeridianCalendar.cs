using System.Globalization;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The case's clock: days counted from the first local midnight of the period, in a fixed offset (India, +05:30, so a
/// local day starts at 18:30 UTC the day before). Instants are "case seconds" since that midnight, so the local day and
/// hour of an instant are plain divisions. The Diwali week is the national holiday week.
/// </summary>
/// <param name="Start">The first local day (a Monday).</param>
/// <param name="Days">The number of days in the period.</param>
internal sealed record MeridianCalendar(DateOnly Start, int Days)
{
    public const long DaySeconds = 86_400;

    /// <summary>The case's offset from UTC.</summary>
    public static readonly TimeSpan Offset = new(5, 30, 0);

    /// <summary>The offset as the case file writes it.</summary>
    public const string OffsetText = "+05:30";

    /// <summary>The first day of the holiday week (Dhanteras to Bhai Dooj and the day after).</summary>
    public int HolidayFirst => Day(new DateOnly(2026, 11, 6));

    /// <summary>The last day of the holiday week.</summary>
    public int HolidayLast => Day(new DateOnly(2026, 11, 12));

    public DateOnly Date(int day) => Start.AddDays(day);

    public int Day(DateOnly date) => date.DayNumber - Start.DayNumber;

    /// <summary>Monday 0 .. Sunday 6.</summary>
    public int Weekday(int day) => ((int)Date(day).DayOfWeek + 6) % 7;

    public bool IsHoliday(int day) => day >= HolidayFirst && day <= HolidayLast;

    /// <summary>The local day of an instant (floor: an instant before the start has a negative day).</summary>
    public static int DayOf(long caseSeconds) => (int)Math.Floor(caseSeconds / (double)DaySeconds);

    /// <summary>The local hour (0–23) of an instant.</summary>
    public static int HourOf(long caseSeconds) => (int)(((caseSeconds % DaySeconds) + DaySeconds) % DaySeconds / 3600);

    /// <summary>The instant as a local date-time with the case's offset.</summary>
    public DateTimeOffset Local(long caseSeconds) =>
        new DateTimeOffset(Start.ToDateTime(TimeOnly.MinValue), Offset).AddSeconds(caseSeconds);

    /// <summary>Milliseconds since the Unix epoch.</summary>
    public long EpochMilliseconds(long caseSeconds) => Local(caseSeconds).ToUnixTimeMilliseconds();

    /// <summary>Local wall-clock time without an offset (what the console and the SDK export write).</summary>
    public string LocalText(long caseSeconds) => Local(caseSeconds).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>UTC ISO 8601 with <c>Z</c>.</summary>
    public string UtcText(long caseSeconds) => Local(caseSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
