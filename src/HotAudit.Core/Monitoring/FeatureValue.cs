namespace HotAudit.Core.Monitoring;

/// <summary>One feature of a daily vector.</summary>
/// <param name="Name">Feature name (snake_case, e.g. <c>background_apply_share</c>).</param>
/// <param name="Value">Its value; null when left out (a share whose base is under the minimum).</param>
/// <param name="Deviation">
/// Surprise, −log10 of <paramref name="PValue"/>: the same scale for every feature (3 = one day in a thousand as high);
/// 0 when the feature was not scored.
/// </param>
/// <param name="PValue">
/// Upper-tail probability of a value at least this high under the model fitted to the series' history (a count, share
/// or rate model); null when not scored (no value, too little history, or context only).
/// </param>
/// <param name="UsualLow">10th percentile of the history the value was judged against; null when not scored.</param>
/// <param name="UsualHigh">90th percentile of that history; null when not scored.</param>
public sealed record FeatureValue(string Name, double? Value, double Deviation, double? PValue = null, double? UsualLow = null, double? UsualHigh = null);
