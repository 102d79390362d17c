using HotAudit.Core.Findings;

namespace HotAudit.Core.Engine;

/// <summary>A compiled threshold rule's comparison: the kind, the threshold in effect, and (window rules) the window in days.</summary>
internal sealed record ThresholdCheck(ComputationKind Kind, double Threshold, double WindowDays)
{
    /// <summary>The computation behind a kept subject: the measure from its count (and base), the base from the rule or period.</summary>
    public Computation For(SubjectAccumulator acc, long periodFrom, long periodUntil)
    {
        var periodDays = Math.Max(0, periodUntil - periodFrom) / (double)TimeSpan.TicksPerDay;
        return Kind switch
        {
            ComputationKind.Share => new(Kind, acc.Base == 0 ? 0 : (double)acc.Count / acc.Base, acc.Base, Threshold),
            ComputationKind.Window => new(Kind, acc.Count, WindowDays, Threshold),
            _ => new(Kind, acc.Count, periodDays, Threshold),
        };
    }
}
