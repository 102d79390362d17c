using FluentAssertions;
using HotAudit.Core.Data;
using HotAudit.Core.Portable;
using HotAudit.Core.Symbols;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Portable;

/// <summary>A chunk's records split by partition and encoded as read arrive, in another process's symbols, exactly as they were.</summary>
public sealed class RecordBatchTests
{
    [Fact]
    public void Decode_BatchesOfOnePartitionIntoOtherSymbols_SameRecordsInChunkOrder()
    {
        // Given: two chunks, each with its own symbols, read into 3 partitions; values repeat, change and go empty
        var there = new SymbolTable();
        there.Intern("padding-so-ids-differ");
        var expected = new List<(long, int, int, UInt128, uint, string, string, string)>();
        var batches = new List<byte[]>();
        for (var chunk = 0; chunk < 2; chunk++)
        {
            var here = new SymbolTable();
            var writer = new RecordBatchWriter(here, 3);
            for (var line = 1; line <= 500; line++)
            {
                var device = $"设备-{line % 7}";
                var r = Row(here, chunk, line, "com.acme.pay", device, line % 5 == 0 ? "" : $"event-{line % 3}");
                writer.Add(r);
                if (r.DeviceHash % 3 == 1)
                {
                    expected.Add((r.Ts, r.File, r.Line, r.Fingerprint, r.DeviceHash, "com.acme.pay", device, line % 5 == 0 ? "" : $"event-{line % 3}"));
                }
            }
            var finished = writer.Finish();
            finished.Keys.Should().BeEquivalentTo([0, 1, 2]);
            RecordBatches.Count(finished[1].Batch).Should().Be(finished[1].Count);
            batches.Add(finished[1].Batch);
        }

        // When
        Record[] buffer = [];
        var count = RecordBatches.Decode(batches, there, ref buffer);

        // Then
        count.Should().Be(expected.Count);
        buffer[..count].Select(r => (r.Ts, r.File, r.Line, r.Fingerprint, r.DeviceHash, there[r.Fields[0]], there[r.Fields[1]], there[r.Fields[2]]))
            .Should().Equal(expected);
        buffer[..count].Where(r => r.Line % 5 == 0).Select(r => r.Fields[2]).Should().OnlyContain(s => s == SymbolTable.None);
        buffer[..count].Select(r => r.Fields[5]).Should().OnlyContain(s => s == SymbolTable.None);
    }

    [Fact]
    public void RecordBatchWriter_OnlySomePartitions_WritesNoOther()
    {
        var symbols = new SymbolTable();
        var writer = new RecordBatchWriter(symbols, 4, new HashSet<int> { 2 });
        for (var line = 1; line <= 40; line++)
        {
            writer.Add(Row(symbols, 0, line, "app", $"d{line}", "launch"));
        }

        writer.Finish().Keys.Should().Equal(2);
    }

    [Fact]
    public void Decode_TruncatedBatch_InvalidData()
    {
        var symbols = new SymbolTable();
        var writer = new RecordBatchWriter(symbols, 1);
        writer.Add(Row(symbols, 0, 1, "app", "d1", "launch"));
        var batch = writer.Finish()[0].Batch;
        Record[] buffer = [];

        var decode = () => RecordBatches.Decode([batch[..^3]], new SymbolTable(), ref buffer);

        decode.Should().Throw<InvalidDataException>();
    }

    private static Record Row(SymbolTable symbols, int file, int line, string app, string device, string evt)
    {
        var r = new Record
        {
            Ts = 638_000_000_000_000_000 + (line * 7919L % 1000) * 10_000_000,
            File = file,
            Line = line,
            Fingerprint = ((UInt128)(uint)line << 70) | (uint)(file * 1000 + line),
            DeviceHash = (uint)(line % 7),
        };
        r.Fields[0] = symbols.Intern(app);
        r.Fields[1] = symbols.Intern(device);
        r.Fields[2] = symbols.Intern(evt);
        return r;
    }
}
