namespace HotAudit.Core.Findings;

/// <summary>How a finding compares with the previous run of the same case.</summary>
public enum Change
{
    /// <summary>Not in the previous run.</summary>
    New,

    /// <summary>Also in the previous run.</summary>
    Unchanged,

    /// <summary>In the previous run, gone now.</summary>
    Resolved,
}
