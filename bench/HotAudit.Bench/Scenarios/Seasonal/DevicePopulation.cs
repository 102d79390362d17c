namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Fills an app's installed base: most devices installed before the period, the rest during it; heavy and light users
/// (log-normal activity); a version path (most on the newest version, an upgrade adopted over a few weeks, some never).
/// </summary>
internal static class DevicePopulation
{
    public static void Fill(Random rng, SimApp app, int days)
    {
        var table = app.Devices;
        var existing = app.Versions.Where(v => v.ReleaseDay < 0).ToList();
        var upgrade = app.Upgrade;
        var newestShare = AppRates.Between(rng, 0.75, 0.9);
        var initialShare = AppRates.Between(rng, 0.85, 0.92);
        for (var i = 0; i < table.Count; i++)
        {
            table.InstallDay[i] = i < table.Count * initialShare ? -1 : rng.Next(0, days);
            table.Propensity[i] = (float)Math.Min(0.95, app.Activity * LogNormal(rng, 0.7));
            table.Denied[i] = rng.NextDouble() < app.Rates.ConsentDeny;
            table.Current[i] = -1;
            if (upgrade is not null && table.InstallDay[i] >= upgrade.ReleaseDay)
            {
                table.StartVersion[i] = (byte)upgrade.Index;
                table.MigrateDay[i] = int.MaxValue;
            }
            else
            {
                var start = existing.Count == 1 || rng.NextDouble() < newestShare ? existing[^1] : existing[rng.Next(existing.Count - 1)];
                table.StartVersion[i] = (byte)start.Index;
                var adopts = upgrade is not null && rng.NextDouble() < (start == existing[^1] ? 0.72 : 0.5);
                table.MigrateDay[i] = adopts ? upgrade!.ReleaseDay + (int)(-Math.Log(1 - rng.NextDouble()) * 9) : int.MaxValue;
            }
            table.Version[i] = table.StartVersion[i];
        }
    }

    /// <summary>A log-normal multiplier with mean 1.</summary>
    public static double LogNormal(Random rng, double sigma)
    {
        var z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        return Math.Exp((sigma * z) - (sigma * sigma / 2));
    }
}
