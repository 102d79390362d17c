namespace HotAudit.Anomalies.Scoring;

/// <summary>A feature's test against its history: the upper-tail probability and the usual level the model fitted.</summary>
/// <param name="P">Probability of a value at least this high on an ordinary day (0..1).</param>
/// <param name="Level">The fitted usual level: events per day, a share, or the median rate.</param>
internal readonly record struct Tail(double P, double Level)
{
    /// <summary>−log10 p, the scale shared by every feature and the model (capped: beyond it, the words say enough).</summary>
    public double Surprise => Math.Min(-Math.Log10(Math.Max(P, 1e-300)), MaxSurprise);

    /// <summary>The largest surprise reported.</summary>
    public const double MaxSurprise = 50;
}
