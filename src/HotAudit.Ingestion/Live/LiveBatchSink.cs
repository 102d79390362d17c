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
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1024);
    // The rows are read back only by the reader of JSON Lines: escaping non-ASCII text (a GB18030 log's Chinese) would
    // make the journal larger and the writing slower for nothing.
    private readonly Utf8JsonWriter _json = new(System.IO.Stream.Null, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    private readonly Arena _arena = new();

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

    private ReadOnlyMemory<byte> Json(RowBuffer row)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        for (var slot = 0; slot < schema.Columns.Count; slot++)
        {
            if (row.Has(slot))
            {
                _json.WriteString(schema.Columns[slot].Name, row.Get(slot));
            }
        }
        foreach (var (name, value) in row.Extras)
        {
            _json.WriteString(name, value);
        }
        _json.WriteEndObject();
        _json.Flush();
        return _arena.Copy(_buffer.WrittenSpan);
    }

    /// <summary>The rows' JSON, copied into large shared blocks rather than one array per row.</summary>
    private sealed class Arena
    {
        private const int BlockSize = 1 << 20;
        private byte[] _block = GC.AllocateUninitializedArray<byte>(BlockSize);
        private int _used;

        public ReadOnlyMemory<byte> Copy(ReadOnlySpan<byte> bytes)
        {
            if (_used + bytes.Length > _block.Length)
            {
                _block = GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, bytes.Length));
                _used = 0;
            }
            bytes.CopyTo(_block.AsSpan(_used));
            var copy = _block.AsMemory(_used, bytes.Length);
            _used += bytes.Length;
            return copy;
        }
    }
}
