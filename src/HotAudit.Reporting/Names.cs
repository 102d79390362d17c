using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>The words every report format uses for the model's enums, so the workbook and findings.json agree.</summary>
internal static class Names
{
    public static string Of(Scenario scenario) => scenario == Scenario.Internal ? "internal" : "external";

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "info",
    };

    public static string Of(Strength strength) => strength == Strength.Shall ? "shall" : "should";

    public static string Of(Basis basis) => basis == Basis.T ? "T" : "N";

    public static string Of(Change change) => change switch
    {
        Change.New => "new",
        Change.Unchanged => "unchanged",
        _ => "resolved",
    };

    /// <summary>An offset as <c>+08:00</c>.</summary>
    public static string Of(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
}
