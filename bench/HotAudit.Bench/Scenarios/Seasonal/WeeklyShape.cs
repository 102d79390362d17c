namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>Weekly traffic shapes: consumer apps peak at the weekend, office apps on weekdays; peak/trough 1.5–3×.</summary>
internal static class WeeklyShape
{
    /// <summary>Activity multipliers indexed by <see cref="DayOfWeek"/> (Sunday first), mean 1.</summary>
    public static double[] Draw(Random rng, bool business)
    {
        var ratio = AppRates.Between(rng, 1.5, 3.0);
        double[] raw = business
            ? [1.05, ratio * 0.92, ratio, ratio * 0.95, ratio * 0.93, ratio * 0.85, 1.0]
            : [ratio * 0.85, 1.0, 1.0, 1.02, 1.0, 1.2, ratio];
        var mean = raw.Average();
        return raw.Select(v => v / mean).ToArray();
    }
}
