namespace HotAudit.Core.Contract;

/// <summary>How a column's text is read and checked.</summary>
public enum ColumnType
{
    /// <summary>Free text, compared exactly.</summary>
    Text,

    /// <summary>One of a fixed vocabulary, case-insensitive, stored lower-case.</summary>
    Enum,

    /// <summary>true/false, 1/0, yes/no, 是/否; stored as "true"/"false".</summary>
    Bool,

    /// <summary>A timestamp in one of the contract's forms.</summary>
    Timestamp,

    /// <summary>An integer (kept as text; rules that need the number read it).</summary>
    Integer,
}
