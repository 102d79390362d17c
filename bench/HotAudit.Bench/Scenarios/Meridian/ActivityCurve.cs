namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// How busy an app is each day relative to an ordinary day: its weekly shape, the Diwali week (its dip, or the temple's
/// festival peak, on the core days and half of it on the shoulders), its sale day and the teaser the day before, a slow
/// trend and a little day-to-day noise shared by all its users.
/// </summary>
internal static class ActivityCurve
{
    /// <summary>The factor on the campaign day.</summary>
    public const double CampaignLift = 2.3;

    public static double[] For(AppProfile app, MeridianCalendar calendar, int? campaignDay, Random rng)
    {
        var trend = -0.06 + 0.2 * rng.NextDouble();
        var factors = new double[calendar.Days];
        for (var d = 0; d < calendar.Days; d++)
        {
            var f = app.Weekly.Factors[calendar.Weekday(d)] * (1 + trend * d / calendar.Days) * Math.Exp(0.05 * MeridianRandom.Normal(rng));
            f *= Holiday(app, calendar, d);
            if (campaignDay is { } c)
            {
                f *= d == c ? CampaignLift : d == c - 1 ? 1.3 : 1;
            }
            factors[d] = f;
        }
        return factors;
    }

    /// <summary>The holiday's factor on <paramref name="day"/>: the app's dip on the core days (Diwali to Bhai Dooj), half of it on the shoulders.</summary>
    public static double Holiday(AppProfile app, MeridianCalendar calendar, int day)
    {
        if (!calendar.IsHoliday(day))
        {
            return 1;
        }
        var core = day >= calendar.HolidayFirst + 2 && day <= calendar.HolidayLast - 1;
        return core ? app.Weekly.HolidayDip : (1 + app.Weekly.HolidayDip) / 2;
    }
}
