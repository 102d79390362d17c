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

    public static JournalPart Of(long batch, int parts, IReadOnlyList<LiveRow> rows, string? key, string? answer)
    {
        var ts = new long[rows.Count];
        var fps = new UInt128[rows.Count];
        var json = new MemoryStream(rows.Sum(r => r.Json.Length + 1));
        for (var i = 0; i < rows.Count; i++)
        {
            ts[i] = rows[i].Ts;
            fps[i] = rows[i].Fingerprint;
            json.Write(rows[i].Json.Span);
            json.WriteByte((byte)'\n');
        }
        return new(batch, parts, rows.Count == 0 ? 0 : ts.Min(), rows.Count == 0 ? 0 : ts.Max(), key, answer, ts, fps,
            json.GetBuffer().AsMemory(0, (int)json.Length));
    }

    public byte[] Encode()
    {
        var key = Encoding.UTF8.GetBytes(Key ?? "");
        var answer = Encoding.UTF8.GetBytes(Answer ?? "");
        var size = 8 + 2 + 4 + 16 + 4 + key.Length + 4 + answer.Length + Rows * 24 + 4 + Json.Length;
        var b = new byte[size];
        var at = 0;
        BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at), Batch);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at += 8), checked((ushort)Parts));
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(at += 2), Rows);
        BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at += 4), MinTs);
        BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at += 8), MaxTs);
        at = Bytes(b, at + 8, key);
        at = Bytes(b, at, answer);
        for (var i = 0; i < Rows; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at), Ts[i]);
            BinaryPrimitives.WriteUInt128LittleEndian(b.AsSpan(at + 8), Fingerprints[i]);
            at += 24;
        }
        Bytes(b, at, Json.Span);
        return b;
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

    private static int Bytes(byte[] b, int at, ReadOnlySpan<byte> value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(at), value.Length);
        value.CopyTo(b.AsSpan(at + 4));
        return at + 4 + value.Length;
    }

    private static string Text(ReadOnlySpan<byte> p, ref int at)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(p[at..]);
        var text = Encoding.UTF8.GetString(p.Slice(at + 4, length));
        at += 4 + length;
        return text;
    }
}
