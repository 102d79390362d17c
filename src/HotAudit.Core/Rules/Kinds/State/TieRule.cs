namespace HotAudit.Core.Rules.Kinds;

/// <summary>How two state answers at the same instant combine.</summary>
public enum TieRule
{
    /// <summary>Different answers at one instant leave the state undecided (fires nothing).</summary>
    Undecided,

    /// <summary>The last in file order wins.</summary>
    FileOrder,
}
