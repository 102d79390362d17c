using System.Globalization;

namespace HotAudit.Assessment.Tests;

/// <summary>The days of a test's case, numbered from its <paramref name="first"/>: a local time on day d, and day d as findings.json writes it.</summary>
internal sealed class CaseDays(DateTime first)
{
    /// <summary>The local time <paramref name="hour"/> hours into day <paramref name="day"/>.</summary>
    public DateTime At(int day, double hour) => first.AddDays(day).AddHours(hour);

    /// <summary>Day <paramref name="day"/> as findings.json names it (yyyy-MM-dd).</summary>
    public string Day(int day) => first.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
