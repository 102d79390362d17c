namespace HotAudit.Cli.Tests.Support;

/// <summary>A rejection the builder planted: file base name, 1-based physical line, and the field named.</summary>
internal sealed record ExpectedRejection(string File, int Line, string Field);
