namespace HotAudit.Cli.Tests.Support;

/// <summary>One entry of <c>data_quality.rejections[]</c>, the file by base name.</summary>
internal sealed record ReportedRejection(string File, int Line, string Field, string Reason);
