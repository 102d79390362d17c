namespace HotAudit.Ingestion.Live;

/// <summary>What reading one live batch found.</summary>
/// <param name="Accepted">Accepted rows in body order.</param>
/// <param name="Rejected">Rejected rows in line order, each with its reason.</param>
/// <param name="Error">Why the body as a whole could not be read (no header line, say), or null.</param>
public sealed record LiveBatch(IReadOnlyList<LiveRow> Accepted, IReadOnlyList<LiveRejection> Rejected, string? Error);
