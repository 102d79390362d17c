using System.Buffers;
using System.Text;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Portable;

/// <summary>
/// Splits the accepted records of one telemetry chunk by partition (device hash mod partitions) and encodes each
/// partition's as it comes, for a process with other symbols (a cluster's partition): one pass, no record kept. A batch
/// is the symbols its records use (this chunk's symbol id and text, each once) followed by the records in the compact
/// form a partition keeps in memory (each against the one before it: ~30 bytes an event instead of 144, see
/// <see cref="RecordCodec"/>), their slots still holding this chunk's symbol ids; <see cref="RecordBatches"/> reads it back.
/// Not thread-safe: one chunk is read on one thread.
/// </summary>
public sealed class RecordBatchWriter : ITelemetrySink
{
    private readonly SymbolTable _symbols;
    private readonly int _partitions;
    private readonly IReadOnlySet<int>? _only;
    private readonly Part?[] _parts;

    /// <summary>
    /// A writer for <paramref name="partitions"/> partitions of records whose symbols are in <paramref name="symbols"/>
    /// (the chunk's own table), keeping only the partitions in <paramref name="only"/> when given.
    /// </summary>
    public RecordBatchWriter(SymbolTable symbols, int partitions, IReadOnlySet<int>? only = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        _symbols = symbols;
        _partitions = partitions;
        _only = only;
        _parts = new Part?[partitions];
    }

    /// <inheritdoc/>
    public void Add(in Record record)
    {
        var p = (int)(record.DeviceHash % (uint)_partitions);
        if (_only is not null && !_only.Contains(p))
        {
            return;
        }
        (_parts[p] ??= new Part()).Add(record, _symbols);
    }

    /// <summary>Each partition that got records: its batch and how many records it holds; the writer's buffers are let go.</summary>
    public IReadOnlyDictionary<int, (long Count, byte[] Batch)> Finish()
    {
        var batches = new Dictionary<int, (long, byte[])>();
        for (var p = 0; p < _parts.Length; p++)
        {
            if (_parts[p] is { } part)
            {
                batches[p] = (part.Count, part.Finish());
                _parts[p] = null;
            }
        }
        return batches;
    }

    /// <summary>One partition's batch being written: the records' bytes, and the texts of the symbols they use.</summary>
    private sealed class Part
    {
        private byte[] _records = ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _recordBytes;
        private byte[] _texts = ArrayPool<byte>.Shared.Rent(1 << 12);
        private int _textBytes;
        private int _textCount;
        private ulong[] _sent = new ulong[64];
        private Record _previous;

        public long Count { get; private set; }

        public void Add(in Record record, SymbolTable symbols)
        {
            // A slot that did not change since the record before in this batch has its text in the batch already.
            for (var slots = RecordCodec.ChangedSlots(record, _previous); slots != 0; slots &= slots - 1)
            {
                var symbol = record.Fields[System.Numerics.BitOperations.TrailingZeroCount(slots)];
                if (symbol != SymbolTable.None && !Sent(symbol))
                {
                    AddText(symbol, symbols[symbol]);
                }
            }
            if (_records.Length - _recordBytes < RecordCodec.MaxEncodedLength)
            {
                Grow(ref _records, _recordBytes + RecordCodec.MaxEncodedLength);
            }
            _recordBytes += RecordCodec.Encode(record, _previous, _records.AsSpan(_recordBytes));
            _previous = record;
            Count++;
        }

        /// <summary>[records][symbols][(symbol, UTF-8 length, UTF-8) × symbols][records' bytes], as varints but the texts and records.</summary>
        public byte[] Finish()
        {
            Span<byte> header = stackalloc byte[20];
            var at = RecordBatches.WriteVarint(header, 0, (ulong)Count);
            at = RecordBatches.WriteVarint(header, at, (ulong)_textCount);
            var batch = new byte[at + _textBytes + _recordBytes];
            header[..at].CopyTo(batch);
            _texts.AsSpan(0, _textBytes).CopyTo(batch.AsSpan(at));
            _records.AsSpan(0, _recordBytes).CopyTo(batch.AsSpan(at + _textBytes));
            ArrayPool<byte>.Shared.Return(_records);
            ArrayPool<byte>.Shared.Return(_texts);
            _records = _texts = [];
            return batch;
        }

        private bool Sent(int symbol)
        {
            var word = symbol >> 6;
            if (word >= _sent.Length)
            {
                Array.Resize(ref _sent, Math.Max(word + 1, _sent.Length * 2));
            }
            var bit = 1UL << (symbol & 63);
            if ((_sent[word] & bit) != 0)
            {
                return true;
            }
            _sent[word] |= bit;
            return false;
        }

        private void AddText(int symbol, string text)
        {
            var length = Encoding.UTF8.GetByteCount(text);
            if (_texts.Length - _textBytes < length + 10)
            {
                Grow(ref _texts, _textBytes + length + 10);
            }
            var span = _texts.AsSpan();
            _textBytes = RecordBatches.WriteVarint(span, _textBytes, (uint)symbol);
            _textBytes = RecordBatches.WriteVarint(span, _textBytes, (uint)length);
            _textBytes += Encoding.UTF8.GetBytes(text, span[_textBytes..]);
            _textCount++;
        }

        private static void Grow(ref byte[] buffer, int needed)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            buffer.CopyTo(larger, 0);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
