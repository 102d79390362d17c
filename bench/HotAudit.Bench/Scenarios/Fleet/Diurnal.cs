namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// When people open an app, by hour of their own clock: consumer apps at commutes, lunch and late evening, enterprise
/// apps in office hours; both with a thin night (00:00–06:00 about 4 % and 1 %).
/// </summary>
internal static class Diurnal
{
    private static readonly double[] Consumer = Cumulative([0.9, 0.5, 0.3, 0.2, 0.2, 0.4, 1.5, 3, 5, 4, 3.5, 4, 5.5, 4.5, 3.5, 3.5, 4, 4.5, 5.5, 6.5, 7.5, 7.5, 6, 3]);
    private static readonly double[] Office = Cumulative([0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 2.5, 7, 9, 9, 8, 5, 6.5, 8.5, 8.5, 7.5, 5, 2.5, 1.5, 1.2, 1, 0.6, 0.4]);

    /// <summary>A time of day on the device's clock.</summary>
    public static TimeSpan Draw(bool consumer, Random rng)
    {
        var table = consumer ? Consumer : Office;
        var u = rng.NextDouble();
        var hour = 0;
        while (hour < 23 && table[hour] < u)
            hour++;
        return TimeSpan.FromHours(hour) + TimeSpan.FromSeconds(rng.Next(0, 3600));
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var running = 0.0;
        return [.. weights.Select(w => (running += w) / total)];
    }
}
