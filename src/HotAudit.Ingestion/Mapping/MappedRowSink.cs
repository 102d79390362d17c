using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>Applies a mapping's value maps and defaults to each row before passing it on to validation.</summary>
internal sealed class MappedRowSink(KindMapping mapping, IRowSink inner) : IRowSink
{
    public void Row(RowBuffer row)
    {
        mapping.Apply(row);
        inner.Row(row);
    }

    public void Unreadable(int line) => inner.Unreadable(line);

    public void Rejected(int line, string reason) => inner.Rejected(line, reason);

    public void Issue(int line, string field, string message) => inner.Issue(line, field, message);

    public void Progress(long storedBytes) => inner.Progress(storedBytes);
}
