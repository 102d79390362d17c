using HotAudit.Core.Contract;

namespace HotAudit.Core.Quality;

/// <summary>What was read from one input file.</summary>
/// <param name="Name">Path relative to the case folder, with '/' separators (e.g. <c>telemetry-2026w1.csv</c>).</param>
/// <param name="Kind">The input kind.</param>
/// <param name="Format">csv, tsv, txt, jsonl or xlsx, with <c>+gz</c> when compressed.</param>
/// <param name="Encoding">The encoding detected (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030; xlsx for workbooks).</param>
/// <param name="Rows">Data rows read (blank lines and the header excluded).</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="Duplicates">Accepted rows dropped as duplicates of an earlier row.</param>
/// <param name="FirstTs">Earliest accepted instant (UTC ticks), if any.</param>
/// <param name="LastTs">Latest accepted instant (UTC ticks), if any.</param>
/// <param name="Sha256">SHA-256 of the file's bytes as stored.</param>
/// <param name="Error">Why the file could not be read at all, or null.</param>
public sealed record InputFileReport(
    string Name, InputKind Kind, string Format, string Encoding, long Rows, long Rejected, long Duplicates,
    long? FirstTs, long? LastTs, string Sha256, string? Error);
