namespace HotAudit.Cli.Tests.Support;

/// <summary>One entry of <c>data_quality.files[]</c>, the file by base name.</summary>
internal sealed record FileQuality(string File, int Rows, int Rejected, int Duplicates);
