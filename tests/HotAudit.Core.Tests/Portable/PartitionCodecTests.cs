using FluentAssertions;
using HotAudit.Core.Data;
using HotAudit.Core.Portable;
using HotAudit.Core.Symbols;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Portable;

/// <summary>Records cross to a process with other symbols and arrive with the same values, instants, sources and fingerprints.</summary>
public sealed class PartitionCodecTests
{
    [Fact]
    public void ReadRecords_IntoOtherSymbolTable_SameTextsAndIdentity()
    {
        var here = new SymbolTable();
        here.Intern("padding-so-ids-differ");
        var records = new[] { Row(here, 1, "com.acme.pay", "设备-1", "apply_success"), Row(here, 2, "com.acme.pay", "dev-2", "") };
        var there = new SymbolTable();
        var sink = new Collect();

        var count = PartitionCodec.ReadRecords(PartitionCodec.WriteRecords(here, records), there, sink);

        count.Should().Be(2);
        sink.Rows.Select(r => (r.Ts, r.File, r.Line, r.Fingerprint, r.DeviceHash)).Should()
            .Equal(records.Select(r => (r.Ts, r.File, r.Line, r.Fingerprint, r.DeviceHash)));
        sink.Rows.Select(r => (there[r.Fields[0]], there[r.Fields[1]], there[r.Fields[2]])).Should()
            .Equal(("com.acme.pay", "设备-1", "apply_success"), ("com.acme.pay", "dev-2", ""));
        sink.Rows[1].Fields[2].Should().Be(SymbolTable.None);
    }

    [Fact]
    public void ReadRecords_SymbolIndexOutOfOrder_InvalidData()
    {
        var bytes = new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1 }.Concat(new byte[20]).Append((byte)5).ToArray();

        var read = () => PartitionCodec.ReadRecords(bytes, new SymbolTable(), new Collect());

        read.Should().Throw<InvalidDataException>().WithMessage("*out of order*");
    }

    private static Record Row(SymbolTable symbols, int line, string app, string device, string evt)
    {
        var r = new Record { Ts = 638_000_000_000_000_000 + line, File = 3, Line = line, Fingerprint = ((UInt128)line << 70) | 99, DeviceHash = 0xDEAD_0000u + (uint)line };
        r.Fields[0] = symbols.Intern(app);
        r.Fields[1] = symbols.Intern(device);
        r.Fields[2] = symbols.Intern(evt);
        return r;
    }

    private sealed class Collect : ITelemetrySink
    {
        public List<Record> Rows { get; } = [];

        public void Add(in Record record) => Rows.Add(record);
    }
}
