namespace HotAudit.Core.Findings;

/// <summary>
/// How a threshold rule reached its finding, so a reader can redo the arithmetic: the measured value, what it was measured
/// over, and the limit it broke (e.g. share 0.177 of 147 devices above 0.05; 89 days of log below 183).
/// </summary>
/// <param name="Kind">Which comparison was made.</param>
/// <param name="Measure">The measured value: a share (0..1), the rows in the fullest window, the days of log, or the gaps.</param>
/// <param name="Base">What it was measured over: devices in the base (share), the window in days (window), the period in days (span, gaps).</param>
/// <param name="Threshold">The limit: the share or row count not to exceed, the days required, or the longest gap allowed in days.</param>
public sealed record Computation(ComputationKind Kind, double Measure, double Base, double Threshold)
{
    /// <summary>The unit of <see cref="Measure"/> and <see cref="Threshold"/> as findings.json writes it.</summary>
    public string Unit => Kind switch
    {
        ComputationKind.Share => "share",
        ComputationKind.Window => "rows",
        ComputationKind.Span => "days",
        _ => "gaps",
    };
}
