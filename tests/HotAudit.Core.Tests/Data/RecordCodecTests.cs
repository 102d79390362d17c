using FluentAssertions;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Data;

/// <summary>A record encoded against its predecessor comes back exactly, whatever its values, and small.</summary>
public sealed class RecordCodecTests
{
    [Fact]
    public void Decode_EdgeValuesOneAfterAnother_EveryFieldExactlyBack()
    {
        // Given: extremes of every field, in an order that makes every difference wrap around
        var symbols = new SymbolTable();
        var records = new[]
        {
            Row(long.MaxValue, int.MaxValue, int.MaxValue, UInt128.MaxValue, uint.MaxValue, symbols.Intern("设备-Ünïcode-🚀"), symbols.Intern("")),
            Row(long.MinValue, 0, 0, UInt128.Zero, 0, SymbolTable.None, int.MaxValue),
            Row(long.MinValue, 0, int.MaxValue, UInt128.One, 1, -1, int.MinValue),
            Row(0, int.MinValue, int.MinValue, (UInt128)ulong.MaxValue << 64, 7, symbols.Intern("a"), symbols.Intern("a")),
            Row(long.MaxValue, int.MinValue, 1, UInt128.MaxValue, 7, 0, 0),
            default,
        };

        // When
        var decoded = RoundTrip(records);

        // Then
        decoded.Should().HaveCount(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            Same(decoded[i], records[i]).Should().BeTrue($"record {i} comes back as it was");
        }
    }

    [Fact]
    public void Encode_EventOfTheSameKindAfterAnother_TakesFewBytes()
    {
        // Given: two events a second apart, three lines apart in one file, differing in device and one column
        var first = Row(638_000_000_000_000_000, 2, 100, 12345, 77, 40, 41);
        var second = Row(638_000_000_010_000_000, 2, 103, 67890, 78, 40, 42);
        Span<byte> bytes = stackalloc byte[RecordCodec.MaxEncodedLength];

        // When
        var length = RecordCodec.Encode(second, first, bytes);

        // Then: the fingerprint's 16 bytes, the hash's 4, and a few for the rest
        length.Should().BeLessThan(32);
    }

    [Fact]
    public void Encode_RandomRecordsWithRoom_SameBytesAsTheCheckedEncoderAndBackExactly()
    {
        // Given: records whose every field changes or stays at random, from small to extreme values, every slot used
        var rng = new Random(22);
        var records = new Record[4000];
        var previous = default(Record);
        for (var n = 0; n < records.Length; n++)
        {
            var r = previous;
            long Pick64() => rng.Next(4) switch { 0 => rng.NextInt64(), 1 => -rng.NextInt64(1000), 2 => long.MinValue + rng.Next(3), _ => rng.Next(300) };
            if (rng.Next(2) == 0) { r.Ts = Pick64(); }
            if (rng.Next(5) == 0) { r.File = (int)Pick64(); }
            if (rng.Next(2) == 0) { r.Line = (int)Pick64(); }
            if (rng.Next(3) == 0) { r.DeviceHash = (uint)Pick64(); }
            r.Fingerprint = new UInt128((ulong)Pick64(), (ulong)Pick64());
            for (var i = 0; i < FieldSlots.Capacity; i++)
            {
                if (rng.Next(4) == 0)
                {
                    r.Fields[i] = (int)Pick64();
                }
            }
            records[n] = previous = r;
        }
        var fast = new byte[RecordCodec.MaxEncodedLength];
        var reference = new byte[RecordCodec.MaxEncodedLength];

        // When / Then
        previous = default;
        foreach (var r in records)
        {
            var length = RecordCodec.Encode(r, previous, fast);
            var expected = RecordCodec.EncodeChecked(r, previous, reference);
            fast.AsSpan(0, length).SequenceEqual(reference.AsSpan(0, expected)).Should().BeTrue();
            // An output just long enough takes the checked path and gives the same bytes.
            RecordCodec.Encode(r, previous, new byte[expected]).Should().Be(expected);
            previous = r;
        }
        var decoded = RoundTrip(records);
        decoded.Select((d, i) => Same(d, records[i])).Should().AllBeEquivalentTo(true);
    }

    private static Record[] RoundTrip(Record[] records)
    {
        var bytes = new byte[records.Length * RecordCodec.MaxEncodedLength];
        var at = 0;
        var previous = default(Record);
        foreach (var r in records)
        {
            at += RecordCodec.Encode(r, previous, bytes.AsSpan(at));
            previous = r;
        }
        var decoded = new List<Record>();
        var state = default(Record);
        for (var read = 0; read < at;)
        {
            read += RecordCodec.Decode(bytes.AsSpan(read, at - read), ref state);
            decoded.Add(state);
        }
        return [.. decoded];
    }

    private static Record Row(long ts, int file, int line, UInt128 fingerprint, uint hash, int first, int last)
    {
        var r = new Record { Ts = ts, File = file, Line = line, Fingerprint = fingerprint, DeviceHash = hash };
        r.Fields[0] = first;
        r.Fields[FieldSlots.Capacity - 1] = last;
        r.Fields[7] = first ^ last;
        return r;
    }

    private static bool Same(in Record a, in Record b)
    {
        if (a.Ts != b.Ts || a.File != b.File || a.Line != b.Line || a.Fingerprint != b.Fingerprint || a.DeviceHash != b.DeviceHash)
        {
            return false;
        }
        for (var i = 0; i < FieldSlots.Capacity; i++)
        {
            if (a.Fields[i] != b.Fields[i])
            {
                return false;
            }
        }
        return true;
    }
}
