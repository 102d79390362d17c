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
