namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>When in the local day people open an app: a morning, lunch and evening peak, little between 00:00 and 06:00.</summary>
internal static class Diurnal
{
    private static readonly double[] Hours =
        [1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.5, 3, 5, 5, 4.5, 4.5, 5.5, 5, 4, 4, 4, 4.5, 5, 6, 7, 7.5, 6, 3.5];

    /// <summary>Cumulative hour weights with the night hours scaled by the app's factor.</summary>
    public static double[] Cumulative(double nightFactor)
    {
        var cumulative = new double[24];
        var sum = 0.0;
        for (var h = 0; h < 24; h++)
        {
            sum += Hours[h] * (h < 6 ? nightFactor : 1);
            cumulative[h] = sum;
        }
        return cumulative.Select(c => c / sum).ToArray();
    }

    /// <summary>Ticks after midnight, at most 23:55 so a session's events stay in its day.</summary>
    public static long Sample(Random rng, double[] cumulative)
    {
        var u = rng.NextDouble();
        var hour = 0;
        while (hour < 23 && cumulative[hour] < u)
        {
            hour++;
        }
        var minutes = Math.Min((hour * 60) + (rng.NextDouble() * 60), (23 * 60) + 55);
        return (long)(minutes * TimeSpan.TicksPerMinute);
    }

    public static long Night(Random rng) => (long)(rng.NextDouble() * 6 * 60 * TimeSpan.TicksPerMinute);
}
