namespace HotAudit.Anomalies.Model;

/// <summary>
/// The trained model's reference points: the training mean (to measure a vector's centred length) and the median and
/// robust scale of the training residuals, which turn a residual into a robust z-score.
/// </summary>
/// <param name="Mean">Training mean per dimension.</param>
/// <param name="Median">Median residual of the training vectors.</param>
/// <param name="Scale">1.4826 × MAD of the training residuals (floored).</param>
public sealed record Calibration(float[] Mean, double Median, double Scale);
