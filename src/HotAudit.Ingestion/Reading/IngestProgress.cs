namespace HotAudit.Ingestion;

/// <summary>Progress of reading a case.</summary>
/// <param name="File">The file being read (relative name).</param>
/// <param name="NewRows">Rows read from that file (or chunk) since its previous report: readers run side by side, so a
/// running total is the sum of these.</param>
/// <param name="Bytes">Stored bytes of the case read so far (all files).</param>
/// <param name="TotalBytes">Stored bytes of all input files of the case.</param>
public sealed record IngestProgress(string File, long NewRows, long Bytes, long TotalBytes)
{
    /// <summary>Bytes of telemetry written to disk so far because it exceeded the memory budget (0 while it fits).</summary>
    public long SpilledBytes { get; init; }
}
