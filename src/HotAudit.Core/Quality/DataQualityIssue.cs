namespace HotAudit.Core.Quality;

/// <summary>A problem that does not reject its row (e.g. a targeting condition that does not parse, a bad reference row).</summary>
/// <param name="File">File name relative to the case folder.</param>
/// <param name="Line">1-based line, or 0 for the whole file.</param>
/// <param name="Field">The field concerned, or empty.</param>
/// <param name="Message">What is wrong and what it affects.</param>
public sealed record DataQualityIssue(string File, int Line, string Field, string Message);
