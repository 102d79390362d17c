namespace HotAudit.Anomalies.Model;

/// <summary>
/// The trained model's reference points: the training mean (to measure a vector's centred length), and the median and
/// robust scale of the training residuals (distance off the subspace, PCA's Q) and projections (distance along it, a
/// T²-like measure), which turn both into robust z-scores.
/// </summary>
/// <param name="Mean">Training mean per dimension.</param>
/// <param name="Median">Median residual of the training vectors.</param>
/// <param name="Scale">1.4826 × MAD of the training residuals (floored).</param>
/// <param name="ProjectionMedian">Median length of the training vectors' projection onto the model's subspace.</param>
/// <param name="ProjectionScale">1.4826 × MAD of those projection lengths (floored).</param>
internal sealed record Calibration(float[] Mean, double Median, double Scale, double ProjectionMedian, double ProjectionScale);
