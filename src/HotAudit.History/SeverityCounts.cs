using HotAudit.Core.Rules;

namespace HotAudit.History;

/// <summary>Findings of a run by severity.</summary>
public sealed record SeverityCounts(int Critical, int High, int Medium, int Low, int Info)
{
    /// <summary>Counts the findings.</summary>
    public static SeverityCounts Of(IEnumerable<RunFinding> findings)
    {
        var list = findings.ToList();
        int N(Severity s) => list.Count(f => f.Severity == s);
        return new(N(Severity.Critical), N(Severity.High), N(Severity.Medium), N(Severity.Low), N(Severity.Info));
    }

    /// <inheritdoc />
    public override string ToString() => $"C{Critical} H{High} M{Medium} L{Low} I{Info}";
}
