namespace HotAudit.Core.Monitoring;

/// <summary>One feature of a daily vector.</summary>
/// <param name="Name">Feature name (snake_case, e.g. <c>background_apply_share</c>).</param>
/// <param name="Value">Its value; null when left out (a share whose base is under the minimum).</param>
/// <param name="Deviation">Robust z-score against the series' own trailing history (0 when there is too little history).</param>
public sealed record FeatureValue(string Name, double? Value, double Deviation);
