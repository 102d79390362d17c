namespace HotAudit.Ingestion;

/// <summary>Progress of reading a case.</summary>
/// <param name="File">The file being read (relative name).</param>
/// <param name="Rows">Rows read from that file so far.</param>
/// <param name="Bytes">Stored bytes of the case read so far (all files).</param>
/// <param name="TotalBytes">Stored bytes of all input files of the case.</param>
public sealed record IngestProgress(string File, long Rows, long Bytes, long TotalBytes);
