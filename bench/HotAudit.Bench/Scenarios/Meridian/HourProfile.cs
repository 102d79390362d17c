namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>When in the local day an app's users open it: 24 hourly weights, drawn from by their cumulative sum.</summary>
internal sealed class HourProfile
{
    private readonly double[] _cumulative;

    private HourProfile(string name, double[] weights)
    {
        Name = name;
        _cumulative = new double[24];
        var sum = weights.Sum();
        var running = 0.0;
        for (var h = 0; h < 24; h++)
        {
            running += weights[h] / sum;
            _cumulative[h] = running;
        }
    }

    public string Name { get; }

    /// <summary>Consumer evenings: lunch, and 19:00–23:00.</summary>
    public static readonly HourProfile Evening = new("evening",
        [0.9, 0.45, 0.25, 0.15, 0.15, 0.3, 0.8, 1.6, 2.2, 2.4, 2.6, 3.0, 3.6, 3.4, 2.8, 2.7, 2.9, 3.3, 4.0, 4.8, 5.4, 5.6, 4.6, 2.4]);

    /// <summary>Daytime utilities.</summary>
    public static readonly HourProfile Daytime = new("daytime",
        [0.4, 0.2, 0.12, 0.1, 0.12, 0.35, 1.2, 2.6, 3.6, 4.2, 4.4, 4.5, 4.6, 4.4, 4.2, 4.2, 4.3, 4.4, 4.2, 3.8, 3.2, 2.4, 1.5, 0.8]);

    /// <summary>Commuters: 08:00–10:00 and 17:00–20:00.</summary>
    public static readonly HourProfile Commute = new("commute",
        [0.5, 0.3, 0.2, 0.15, 0.2, 0.6, 2.0, 4.5, 6.5, 5.5, 3.2, 2.6, 2.8, 2.6, 2.5, 2.8, 3.8, 6.0, 6.8, 5.6, 3.8, 2.6, 1.6, 0.9]);

    /// <summary>Office hours, nothing at night.</summary>
    public static readonly HourProfile Office = new("office",
        [0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.4, 1.5, 4.5, 6.5, 7.0, 6.8, 5.0, 5.5, 6.4, 6.2, 5.6, 4.4, 2.6, 1.4, 0.8, 0.5, 0.3, 0.12]);

    /// <summary>Farmers: before sunrise to mid-morning, and the evening forecast.</summary>
    public static readonly HourProfile Dawn = new("dawn",
        [0.1, 0.08, 0.1, 0.3, 1.2, 3.6, 5.5, 5.2, 3.6, 2.2, 1.6, 1.4, 1.4, 1.3, 1.3, 1.5, 2.2, 3.4, 3.8, 2.8, 1.6, 0.8, 0.4, 0.2]);

    /// <summary>Night listeners: 21:00–03:00.</summary>
    public static readonly HourProfile Night = new("night",
        [5.4, 5.0, 4.2, 3.0, 1.8, 0.9, 0.6, 0.7, 0.8, 0.8, 0.8, 0.9, 1.0, 1.0, 0.9, 0.9, 1.0, 1.3, 1.8, 2.6, 3.4, 4.4, 5.2, 5.6]);

    /// <summary>An hour drawn from the profile.</summary>
    public int Draw(Random rng)
    {
        var u = rng.NextDouble();
        for (var h = 0; h < 23; h++)
        {
            if (u < _cumulative[h])
            {
                return h;
            }
        }
        return 23;
    }
}
