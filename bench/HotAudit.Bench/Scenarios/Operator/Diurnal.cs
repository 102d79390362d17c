namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>An app's daily rhythm: when in the local day its users open the app and its SDK checks.</summary>
internal sealed class Diurnal
{
    private static readonly double[] Hours =
    [
        0.5, 0.3, 0.2, 0.2, 0.2, 0.4, 1.0, 2.5, 4.0, 4.0, 3.5, 3.5,
        4.5, 4.0, 3.0, 3.0, 3.0, 3.5, 4.5, 5.5, 6.0, 5.5, 4.0, 2.0,
    ];

    private readonly double[] _cumulative = new double[24];

    /// <summary>The base rhythm with the night hours (00–06) weighted by <paramref name="nightWeight"/>.</summary>
    public Diurnal(double nightWeight)
    {
        var total = 0.0;
        for (var h = 0; h < 24; h++)
            _cumulative[h] = total += Hours[h] * (h < 6 ? nightWeight : 1);
        for (var h = 0; h < 24; h++)
            _cumulative[h] /= total;
    }

    /// <summary>Seconds after local midnight, leaving the last 15 minutes for a patch cycle to finish the same day.</summary>
    public double Sample(Random rng)
    {
        var roll = rng.NextDouble();
        var hour = Array.FindIndex(_cumulative, c => roll < c);
        var seconds = ((hour < 0 ? 23 : hour) + rng.NextDouble()) * 3600;
        return Math.Min(seconds, 86_400 - 900);
    }
}
