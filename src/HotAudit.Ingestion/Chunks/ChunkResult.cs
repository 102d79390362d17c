using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>What reading one telemetry chunk found besides its accepted rows (which went to the telemetry sink).</summary>
/// <param name="ChunkId">The chunk.</param>
/// <param name="File">Index of its file.</param>
/// <param name="Encoding">The file's encoding as detected.</param>
/// <param name="Rows">Non-blank rows read.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="FirstTs">Earliest accepted instant (UTC ticks), if any.</param>
/// <param name="LastTs">Latest accepted instant (UTC ticks), if any.</param>
/// <param name="Rejections">Rejected rows in line order (up to the per-file detail cap).</param>
/// <param name="Issues">Data-quality issues in line order (up to the per-file detail cap).</param>
/// <param name="IssueCount">Issues found, listed or not.</param>
/// <param name="Error">Why the chunk could not be read (or was read only in part), or null.</param>
/// <param name="Sha256">The file's SHA-256 when the chunk is the whole file (hashed while read), else empty.</param>
public sealed record ChunkResult(
    int ChunkId, int File, string Encoding, long Rows, long Rejected, long? FirstTs, long? LastTs,
    IReadOnlyList<Rejection> Rejections, IReadOnlyList<DataQualityIssue> Issues, long IssueCount, string? Error, string Sha256);
