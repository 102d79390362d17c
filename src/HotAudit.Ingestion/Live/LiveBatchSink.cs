using System.Text.Json;
using HotAudit.Core.Symbols;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion.Live;

/// <summary>
/// The sink a live batch is read into: the same validation as a file's rows (<see cref="RowValidator"/>), every
/// rejection kept with its line (a batch is answered row by row), each accepted row written out in contract shape.
/// </summary>
internal sealed class LiveBatchSink(Schema schema, RowValidator validator, IngestState state) : FileSink("body", state)
{
    private readonly SymbolCache _symbols = validator.NewCache();
    private readonly ArrayBufferWriterPool _buffer = new();

    public List<LiveRow> Accepted { get; } = [];

    public List<LiveRejection> Rejections { get; } = [];

    public override void Row(RowBuffer row)
    {
        Tally.Rows++;
        if (!validator.TryAccept(row, 0, _symbols, out var record, out var field, out var reason))
        {
            Rejections.Add(new LiveRejection(row.Line, $"{field}: {reason}"));
            return;
        }
        Accepted.Add(new LiveRow(record.Ts, record.Fingerprint, record.DeviceHash, Json(row)));
    }

    public override void Unreadable(int line)
    {
        Tally.Rows++;
        Rejections.Add(new LiveRejection(line, $"line: {Core.Quality.RejectionReasons.UnreadableLine.En}"));
    }

    public override void Rejected(int line, string reason)
    {
        Tally.Rows++;
        Rejections.Add(new LiveRejection(line, $"line: {reason}"));
    }

    private byte[] Json(RowBuffer row)
    {
        var output = _buffer.Rent();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            for (var slot = 0; slot < schema.Columns.Count; slot++)
            {
                if (row.Has(slot))
                {
                    json.WriteString(schema.Columns[slot].Name, row.Get(slot));
                }
            }
            foreach (var (name, value) in row.Extras)
            {
                json.WriteString(name, value);
            }
            json.WriteEndObject();
        }
        return output.WrittenSpan.ToArray();
    }

    /// <summary>One reused output buffer: a row's JSON is copied out, so the buffer serves the next row.</summary>
    private sealed class ArrayBufferWriterPool
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _writer = new(1024);

        public System.Buffers.ArrayBufferWriter<byte> Rent()
        {
            _writer.ResetWrittenCount();
            return _writer;
        }
    }
}
