using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Sarif;

/// <summary>SARIF levels of severities: critical and high are errors, medium a warning, low and info notes.</summary>
internal static class SarifLevels
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };
}
