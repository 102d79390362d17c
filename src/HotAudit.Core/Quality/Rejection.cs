namespace HotAudit.Core.Quality;

/// <summary>A row that was not accepted: where it is, the first field that failed, and why.</summary>
/// <param name="File">File name relative to the case folder.</param>
/// <param name="Line">1-based physical line (the header is line 1 of a CSV).</param>
/// <param name="Field">The canonical field that failed, or <c>line</c> for an unreadable line.</param>
/// <param name="Reason">A reason a person can act on.</param>
public sealed record Rejection(string File, int Line, string Field, string Reason);
