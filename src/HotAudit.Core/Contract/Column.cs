namespace HotAudit.Core.Contract;

/// <summary>A column of the data contract: canonical name, aliases accepted in headers, type and vocabulary.</summary>
/// <param name="Name">Canonical snake_case name.</param>
/// <param name="Aliases">Other header names that mean this column (Chinese names, vendor names).</param>
/// <param name="Type">How values are read.</param>
/// <param name="Vocabulary">Allowed lower-case values of an enum column.</param>
public sealed record Column(string Name, IReadOnlyList<string> Aliases, ColumnType Type, IReadOnlyList<string>? Vocabulary = null)
{
    /// <summary>A text column.</summary>
    public static Column Text(string name, params string[] aliases) => new(name, aliases, ColumnType.Text);

    /// <summary>An enum column.</summary>
    public static Column Enum(string name, IReadOnlyList<string> vocabulary, params string[] aliases) =>
        new(name, aliases, ColumnType.Enum, vocabulary);

    /// <summary>A boolean column.</summary>
    public static Column Bool(string name, params string[] aliases) => new(name, aliases, ColumnType.Bool);

    /// <summary>A timestamp column.</summary>
    public static Column Time(string name, params string[] aliases) => new(name, aliases, ColumnType.Timestamp);

    /// <summary>An integer column.</summary>
    public static Column Int(string name, params string[] aliases) => new(name, aliases, ColumnType.Integer);
}
