using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>Receives what a format reader finds in one file, row by row.</summary>
internal interface IRowSink
{
    /// <summary>A non-blank row; the buffer is reused for the next row.</summary>
    void Row(RowBuffer row);

    /// <summary>A non-blank line that is not a row (a JSON Lines line that is not an object).</summary>
    void Unreadable(int line);

    /// <summary>A line rejected before it was read as a row (longer than the line limit), with the reason.</summary>
    void Rejected(int line, string reason);

    /// <summary>A problem that does not reject its row.</summary>
    void Issue(int line, string field, string message);

    /// <summary>Called every few thousand rows with the stored bytes read so far; may throw when cancelled.</summary>
    void Progress(long storedBytes);
}
