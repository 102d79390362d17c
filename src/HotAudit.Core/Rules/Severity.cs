namespace HotAudit.Core.Rules;

/// <summary>Severity of a finding, lowest first (so they compare).</summary>
public enum Severity
{
    /// <summary>For information only.</summary>
    Info,
    /// <summary>Low.</summary>
    Low,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>High: fails the run at the default <c>--fail-on high</c>.</summary>
    High,
    /// <summary>Critical.</summary>
    Critical,
}
