namespace HotAudit.Anomalies.Scoring;

/// <summary>Median, MAD and quantiles of small samples (sorted copies; the samples are a few dozen values).</summary>
internal static class RobustStats
{
    /// <summary>The factor that makes the MAD estimate a normal distribution's standard deviation.</summary>
    public const double MadToSigma = 1.4826;

    public static double Median(IReadOnlyList<double> values) => Quantile(values.Order().ToArray(), 0.5);

    public static double Mad(IReadOnlyList<double> values, double median) =>
        Median(values.Select(v => Math.Abs(v - median)).ToArray());

    /// <summary>Linear-interpolated quantile of an ascending array.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Robust z-score of a value against a sample, with a noise floor under the scale.</summary>
    public static double Z(double value, IReadOnlyList<double> sample, double floor)
    {
        var median = Median(sample);
        var scale = Math.Max(MadToSigma * Mad(sample, median), floor);
        return (value - median) / scale;
    }
}
