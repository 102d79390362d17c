namespace HotAudit.Cli.Tests.Support;

/// <summary>A row of one input kind, as the builder writes it: its timestamp (if the kind has one) and its other fields.</summary>
internal interface ICaseRow
{
    /// <summary>The instant of the row, or null for reference rows without a time.</summary>
    DateTimeOffset? Timestamp { get; }

    /// <summary>Written verbatim instead of <see cref="Timestamp"/>: how malformed timestamps get into a file.</summary>
    string? RawTs { get; }

    /// <summary>The value of a canonical column other than <c>ts</c>; null when absent.</summary>
    string? Value(string column);
}
