using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Charts;

/// <summary>The workbook's verdict and severity tints as #RRGGBB, for charts and report.html.</summary>
internal static class ChartColors
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "#C6EFCE",
        Verdict.Nonconformant => "#FFC7CE",
        Verdict.Observation => "#FFEB9C",
        Verdict.InsufficientEvidence => "#F8CBAD",
        Verdict.Manual => "#BDD7EE",
        _ => "#EDEDED",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "#FF7C80",
        Severity.High => "#FFC7CE",
        Severity.Medium => "#FFEB9C",
        Severity.Low => "#DDEBF7",
        _ => "#F2F2F2",
    };
}
