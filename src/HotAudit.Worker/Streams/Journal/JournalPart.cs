using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using HotAudit.Ingestion.Live;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// One batch's rows of one partition, the payload of one journal record. A batch is written as <see cref="Parts"/>
/// records, one per partition it touches; it counts only when all of them are on disk, so a batch cut by a crash
/// between two files is ignored whole. The batch's first part also carries its idempotency key and its answer.
/// Layout (little-endian): batch u64, parts u16, rows i32, min and max instant i64, key and answer (i32 length, UTF-8),
/// per row its instant i64 and fingerprint u128, then the rows' JSON lines (i32 length, each line ending in '\n').
/// </summary>
internal sealed record JournalPart(long Batch, int Parts, long MinTs, long MaxTs, string? Key, string? Answer,
    long[] Ts, UInt128[] Fingerprints, ReadOnlyMemory<byte> Json)
{
    public int Rows => Ts.Length;

    /// <summary>Writes the payload of one part straight from the rows into <paramref name="output"/> (cleared first); returns it.</summary>
    public static ReadOnlySpan<byte> Encode(ArrayBufferWriter<byte> output, long batch, int parts, IReadOnlyList<LiveRow> rows, string? key, string? answer)
    {
        output.ResetWrittenCount();
        var (keyBytes, answerBytes) = (Encoding.UTF8.GetByteCount(key ?? ""), Encoding.UTF8.GetByteCount(answer ?? ""));
        var jsonBytes = 0;
        var (min, max) = (rows.Count == 0 ? 0 : long.MaxValue, rows.Count == 0 ? 0 : long.MinValue);
        foreach (var row in rows)
        {
            jsonBytes += row.Json.Length + 1;
            (min, max) = (Math.Min(min, row.Ts), Math.Max(max, row.Ts));
        }
        var size = 8 + 2 + 4 + 16 + 4 + keyBytes + 4 + answerBytes + rows.Count * 24 + 4 + jsonBytes;
        var b = output.GetSpan(size)[..size];
        var at = 0;
        BinaryPrimitives.WriteInt64LittleEndian(b[at..], batch);
        BinaryPrimitives.WriteUInt16LittleEndian(b[(at += 8)..], checked((ushort)parts));
        BinaryPrimitives.WriteInt32LittleEndian(b[(at += 2)..], rows.Count);
        BinaryPrimitives.WriteInt64LittleEndian(b[(at += 4)..], min);
        BinaryPrimitives.WriteInt64LittleEndian(b[(at += 8)..], max);
        at = Text(b, at + 8, key, keyBytes);
        at = Text(b, at, answer, answerBytes);
        foreach (var row in rows)
        {
            BinaryPrimitives.WriteInt64LittleEndian(b[at..], row.Ts);
            BinaryPrimitives.WriteUInt128LittleEndian(b[(at + 8)..], row.Fingerprint);
            at += 24;
        }
        BinaryPrimitives.WriteInt32LittleEndian(b[at..], jsonBytes);
        at += 4;
        foreach (var row in rows)
        {
            row.Json.Span.CopyTo(b[at..]);
            at += row.Json.Length;
            b[at++] = (byte)'\n';
        }
        output.Advance(size);
        return output.WrittenSpan;
    }

    /// <exception cref="InvalidDataException">The payload is not a journal part (its CRC matched: a bug or another version).</exception>
    public static JournalPart Decode(ReadOnlyMemory<byte> payload)
    {
        try
        {
            var p = payload.Span;
            var batch = BinaryPrimitives.ReadInt64LittleEndian(p);
            var parts = BinaryPrimitives.ReadUInt16LittleEndian(p[8..]);
            var rows = BinaryPrimitives.ReadInt32LittleEndian(p[10..]);
            var (min, max) = (BinaryPrimitives.ReadInt64LittleEndian(p[14..]), BinaryPrimitives.ReadInt64LittleEndian(p[22..]));
            var at = 30;
            var key = Text(p, ref at);
            var answer = Text(p, ref at);
            var ts = new long[rows];
            var fps = new UInt128[rows];
            for (var i = 0; i < rows; i++, at += 24)
            {
                ts[i] = BinaryPrimitives.ReadInt64LittleEndian(p[at..]);
                fps[i] = BinaryPrimitives.ReadUInt128LittleEndian(p[(at + 8)..]);
            }
            var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(p[at..]);
            return new(batch, parts, min, max, key.Length == 0 ? null : key, answer.Length == 0 ? null : answer, ts, fps,
                payload.Slice(at + 4, jsonLength));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("a journal record is not a batch part of this version", e);
        }
    }

    private static int Text(Span<byte> b, int at, string? text, int length)
    {
        BinaryPrimitives.WriteInt32LittleEndian(b[at..], length);
        Encoding.UTF8.GetBytes(text ?? "", b[(at + 4)..]);
        return at + 4 + length;
    }

    private static string Text(ReadOnlySpan<byte> p, ref int at)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(p[at..]);
        var text = Encoding.UTF8.GetString(p.Slice(at + 4, length));
        at += 4 + length;
        return text;
    }
}
