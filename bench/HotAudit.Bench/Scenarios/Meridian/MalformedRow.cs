namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>A row the family broke on purpose: the file, its 1-based physical line (of the decompressed file, the
/// header being line 1 of a CSV) and the field the data contract rejects it on.</summary>
internal sealed record MalformedRow(string File, int Line, string Field);
