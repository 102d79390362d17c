namespace HotAudit.Core.Data;

/// <summary>A row of a reference file (roster, manifest, register): canonical column → trimmed text, absent when empty.</summary>
/// <param name="File">File name relative to the case folder.</param>
/// <param name="Line">1-based physical line.</param>
/// <param name="Values">Values by canonical column name (case-insensitive); unknown columns under their own names.</param>
public sealed record ReferenceRow(string File, int Line, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The value of a column, or null.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var v) ? v : null;
}
