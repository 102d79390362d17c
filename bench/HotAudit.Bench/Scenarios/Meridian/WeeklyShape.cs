namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>An app's activity by weekday (Monday first), relative to an ordinary day; <see cref="HolidayDip"/> is its
/// activity on the core days of the Diwali week (offices closed, people travelling or at home with family).</summary>
internal sealed record WeeklyShape(string Name, double[] Factors, double HolidayDip)
{
    /// <summary>Shopping, sport, fashion: Saturday and Sunday are the busy days.</summary>
    public static readonly WeeklyShape Weekend = new("weekend", [0.90, 0.88, 0.90, 0.93, 1.02, 1.28, 1.38], 0.85);

    /// <summary>Office software: Monday is the busiest, the weekend is a third of a weekday; the holiday empties it.</summary>
    public static readonly WeeklyShape Office = new("office", [1.16, 1.10, 1.08, 1.06, 0.98, 0.44, 0.30], 0.30);

    /// <summary>Daily utilities: nearly flat.</summary>
    public static readonly WeeklyShape Flat = new("flat", [1.02, 1.00, 1.00, 1.01, 1.05, 0.97, 0.93], 0.90);

    /// <summary>Night radio: Friday and Saturday nights.</summary>
    public static readonly WeeklyShape FridayNight = new("friday-night", [0.92, 0.90, 0.92, 0.96, 1.12, 1.18, 0.98], 1.05);

    /// <summary>Classes: school days, a quieter weekend.</summary>
    public static readonly WeeklyShape School = new("school", [1.10, 1.10, 1.08, 1.08, 0.95, 0.86, 0.80], 0.55);

    /// <summary>Temple services: Sunday, and the festival itself is the peak.</summary>
    public static readonly WeeklyShape Sunday = new("sunday", [0.85, 0.80, 0.85, 0.85, 0.95, 1.05, 1.65], 1.60);

    /// <summary>The weekday with the largest factor.</summary>
    public int PeakWeekday => Array.IndexOf(Factors, Factors.Max());

    /// <summary>The peak weekday's factor over the weekly mean.</summary>
    public double PeakRatio => Factors.Max() / Factors.Average();
}
