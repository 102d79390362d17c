namespace HotAudit.Core.Rules;

/// <summary>Severity of a finding, lowest first (so they compare).</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
