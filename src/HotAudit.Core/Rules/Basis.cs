namespace HotAudit.Core.Rules;

/// <summary>Where a rule comes from: the standard's own requirement (T) or internal good practice beyond it (N).</summary>
public enum Basis
{
    /// <summary>The standard's own requirement: its findings decide clause verdicts.</summary>
    T,

    /// <summary>Internal good practice: listed as observations, never changing a verdict.</summary>
    N,
}
