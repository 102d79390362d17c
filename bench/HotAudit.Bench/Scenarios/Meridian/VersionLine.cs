namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// An app's store versions over the case: two or three live at the start (the oldest decaying), and a new one every
/// store cadence (never in the Diwali code freeze, never in the days of a sale), each adopted along a staged store
/// rollout.
/// </summary>
internal static class VersionLine
{
    public static IReadOnlyList<AppVersion> For(AppProfile app, MeridianCalendar calendar, int? campaignDay, Random rng)
    {
        var initial = app.DailyActive >= 150 ? 3 : 2;
        double[] shares = initial == 3 ? [0.10 + 0.04 * rng.NextDouble(), 0.26 + 0.06 * rng.NextDouble()] : [0.25 + 0.1 * rng.NextDouble()];
        var versions = new List<AppVersion>();
        var current = -(5 + rng.Next(10));
        for (var i = 0; i < initial; i++)
        {
            var age = initial - 1 - i;
            var minor = app.Minor - age;
            var share = i < initial - 1 ? shares[i] : 1 - shares.Sum();
            var released = current - age * app.StoreCadence - rng.Next(-4, 5) * Math.Sign(age);
            versions.Add(new AppVersion(i, $"{app.Major}.{minor}.{(age == 0 ? 0 : age + rng.Next(2))}", released, share,
                age == 0 ? 1 + rng.Next(2) : 1 + rng.Next(3)));
        }
        var day = 10 + rng.Next(Math.Max(1, app.StoreCadence - 10));
        for (var k = 1; day <= calendar.Days - 10; k++)
        {
            if (day >= calendar.HolidayFirst - 2 && day <= calendar.HolidayLast)
            {
                day = calendar.HolidayLast + 2;
            }
            if (campaignDay is { } c && Math.Abs(day - c) <= 2)
            {
                day = c + 3;
            }
            if (day > calendar.Days - 10)
            {
                break;
            }
            versions.Add(new AppVersion(versions.Count, $"{app.Major}.{app.Minor + k}.0", day, 0, 0));
            day += app.StoreCadence + rng.Next(-5, 6);
        }
        return versions;
    }
}
