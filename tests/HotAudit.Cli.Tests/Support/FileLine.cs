namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// One physical line the builder writes after the header: a row, raw text (e.g. a JSON line that is not an object),
/// or a blank line. <see cref="RejectedField"/> is the field the contract names when the row must be rejected.
/// </summary>
internal sealed record FileLine(ICaseRow? Row, string? Raw, string? RejectedField)
{
    /// <summary>A blank line: neither a row nor a rejection.</summary>
    public bool IsBlank => Row is null && string.IsNullOrEmpty(Raw);
}
