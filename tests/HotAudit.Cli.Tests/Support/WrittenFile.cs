namespace HotAudit.Cli.Tests.Support;

/// <summary>What the builder wrote into one file: its data rows (not blank lines) and the rejections planted in it.</summary>
internal sealed record WrittenFile(string Name, int Rows, IReadOnlyList<ExpectedRejection> Rejections);
