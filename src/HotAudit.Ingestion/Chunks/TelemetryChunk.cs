namespace HotAudit.Ingestion;

/// <summary>
/// A piece of one telemetry file that can be read on its own: a byte range that starts at the start of a line, its
/// 1-based first line number, and (for a delimited file) the header line to read it with. A gzip or xlsx file, a
/// UTF-16 file and a CSV file with quotes or lone CRs are always one whole chunk, so a chunk never cuts a record.
/// </summary>
/// <param name="Id">Index in the case's chunk plan.</param>
/// <param name="File">Index of the file in the case's file list.</param>
/// <param name="Start">First byte of the range in the stored file.</param>
/// <param name="End">Byte after the range; -1 for the whole file (read as it is stored, decompressed if gzip).</param>
/// <param name="FirstLine">1-based physical line the range starts on.</param>
/// <param name="HeaderEnd">Bytes of the file's first line (with its line break) read before the range; 0 for none.</param>
public sealed record TelemetryChunk(int Id, int File, long Start, long End, int FirstLine, long HeaderEnd)
{
    /// <summary>Whether the chunk is the whole file.</summary>
    public bool IsWholeFile => End < 0;

    /// <summary>Stored bytes the chunk covers (<paramref name="fileSize"/> for a whole file).</summary>
    public long Bytes(long fileSize) => IsWholeFile ? fileSize : End - Start;
}
