using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion;

/// <summary>
/// Takes the rows of a telemetry or operation-log file: validates them, sends accepted telemetry to the telemetry sink,
/// keeps accepted operations (dropping duplicates: the first in file order wins) and records rejections.
/// </summary>
internal sealed class EventLogSink(string name, int fileIndex, InputKind kind, RowValidator validator, IngestState state)
    : FileSink(name, state)
{
    // A file is read by one thread: its own memo of the shared symbol table spares the other readers' contention.
    private readonly SymbolCache _symbols = validator.NewCache();

    // Accepted telemetry for the case's partition store goes in batches per partition (one lock per batch, not per row).
    private TelemetryBatches? _batches = kind == InputKind.Telemetry && state.Telemetry is HotAudit.Core.Engine.PartitionStore store ? TelemetryBatches.Rent(store) : null;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public override void Row(RowBuffer row)
    {
        Tally.Rows++;
        if (!validator.TryAccept(row, fileIndex, _symbols, out var record, out var field, out var reason))
        {
            Reject(row.Line, field, reason);
            return;
        }
        Tally.Saw(record.Ts);
        State.Span.Saw(record.Ts);
        if (kind == InputKind.Telemetry)
        {
            if (_batches is { } batches)
            {
                batches.Add(in record);
            }
            else
            {
                State.Telemetry.Add(in record);
            }
        }
        else if (State.OperationFingerprints.Add(record.Fingerprint))
        {
            State.Operations.Add(record);
        }
        else
        {
            Tally.Duplicates++;
        }
    }

    /// <summary>Hands the accepted telemetry still batched to the store (call once the file or block is read, even after an error).</summary>
    public void FlushTelemetry()
    {
        _batches?.Flush();
        _batches = null;
    }

    public override void Unreadable(int line)
    {
        Tally.Rows++;
        Reject(line, "line", Core.Quality.RejectionReasons.UnreadableLine.En);
    }

    public override void Rejected(int line, string reason)
    {
        Tally.Rows++;
        Reject(line, "line", reason);
    }

    private void Reject(int line, string field, string reason)
    {
        if (++Tally.Rejected <= DataQualityReport.RejectionDetailCap)
        {
            State.Rejections.Add(new Rejection(Name, line, field, reason));
        }
    }
}
