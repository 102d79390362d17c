namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// One physical line the builder writes after the header: a row, raw text (e.g. a JSON line that is not an object),
/// or a blank line (empty, or a CSV line whose fields are all empty). <see cref="RejectedField"/> is the field the
/// contract names when the line must be rejected (<see cref="AnyField"/> when the contract names a reason, not a field).
/// </summary>
internal sealed record FileLine(ICaseRow? Row, string? Raw, string? RejectedField, bool IsBlank = false)
{
    /// <summary>Marks a rejection whose field is not compared (e.g. a JSON line that is not an object).</summary>
    public const string AnyField = "*";
}
