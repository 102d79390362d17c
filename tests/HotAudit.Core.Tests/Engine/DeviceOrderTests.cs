using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Engine;

public sealed class DeviceOrderTests
{
    private static readonly int AppSlot = Schemas.Telemetry.Slot("app_id");
    private static readonly int DeviceSlot = Schemas.Telemetry.Slot("device_id");

    [Fact]
    public void Arrange_NoDuplicates_OrdersByDeviceTimeFileAndLine()
    {
        var records = new[]
        {
            Make(device: 2, ts: 5, file: 0, line: 1, id: 1),
            Make(device: 1, ts: 7, file: 1, line: 3, id: 2),
            Make(device: 1, ts: 7, file: 0, line: 9, id: 3),
            Make(device: 1, ts: 3, file: 1, line: 4, id: 4),
            Make(device: 2, ts: 5, file: 0, line: 2, id: 5),
        };

        var (kept, duplicates) = Arrange(records, files: 2);

        kept.Select(r => (int)r.Fingerprint).Should().Equal(4, 3, 2, 1, 5);
        duplicates.Should().Equal(0, 0);
    }

    [Fact]
    public void Arrange_DuplicatesAfterTheFirstRows_KeepsTheFirstInFileOrderAndCountsTheRest()
    {
        // Rows arrive interleaved from two files; fingerprint 7 is in both, and twice in file 1.
        var records = new[]
        {
            Make(device: 1, ts: 1, file: 1, line: 2, id: 1),
            Make(device: 1, ts: 4, file: 1, line: 3, id: 7, tag: 10),
            Make(device: 1, ts: 2, file: 0, line: 5, id: 2),
            Make(device: 1, ts: 9, file: 0, line: 8, id: 7, tag: 20),
            Make(device: 3, ts: 1, file: 1, line: 4, id: 3),
            Make(device: 1, ts: 6, file: 1, line: 6, id: 7, tag: 30),
            Make(device: 2, ts: 1, file: 0, line: 9, id: 4),
        };

        var (kept, duplicates) = Arrange(records, files: 2);

        kept.Select(r => ((int)r.Fingerprint, r.Fields[0])).Should().Equal((1, 0), (2, 0), (7, 20), (4, 0), (3, 0));
        duplicates.Should().Equal(0, 2);
    }

    [Fact]
    public void Arrange_FileArrivingInChunksOutOfLineOrder_KeepsTheDuplicateWithTheLowestLine()
    {
        // Chunks of one file read side by side: a later chunk's rows reach the partition before an earlier chunk's.
        var records = new[]
        {
            Make(device: 1, ts: 5, file: 0, line: 900, id: 7, tag: 30),
            Make(device: 1, ts: 2, file: 0, line: 901, id: 1),
            Make(device: 1, ts: 5, file: 0, line: 3, id: 7, tag: 10),
            Make(device: 1, ts: 5, file: 0, line: 400, id: 7, tag: 20),
        };

        var (kept, duplicates) = Arrange(records, files: 1);

        kept.Select(r => ((int)r.Fingerprint, r.Fields[0], r.Line)).Should().Equal((1, 0, 901), (7, 10, 3));
        duplicates.Should().Equal(2);
    }

    [Fact]
    public void Arrange_PartitionsOneAfterAnother_ReusesBuffersWithoutCarryingRowsOver()
    {
        var order = new DeviceOrder();
        var first = Arrange(order, [Make(1, 1, 0, 1, 1), Make(1, 1, 0, 2, 1)], files: 1);
        var second = Arrange(order, [Make(1, 2, 0, 3, 1), Make(1, 1, 0, 4, 2)], files: 1);

        first.Kept.Should().HaveCount(1);
        second.Kept.Select(r => r.Line).Should().Equal(4, 3);
        second.Duplicates.Should().Equal(0);
    }

    [Fact]
    public void Arrange_ManyDevicesShortAndLongRuns_SameOrderAsOneSortOfAllKeys()
    {
        // Devices with 1 to 60 records (runs sorted by insertion and by Sort), times repeating, two files, some duplicates.
        var random = new Random(22);
        var records = new List<Record>();
        var id = 0;
        for (var device = 1; device <= 120; device++)
        {
            var n = 1 + random.Next(60);
            for (var k = 0; k < n; k++)
            {
                var r = Make(device: 1000 - (device * 7 % 997), ts: random.Next(20), file: random.Next(2), line: 1 + id, id: random.Next(8) == 0 && id > 0 ? random.Next(id) + 1 : id + 1);
                r.Fields[AppSlot] = 1 + (device % 3);
                records.Add(r);
                id++;
            }
        }
        var input = records.OrderBy(_ => random.Next()).ToArray();
        var expectedKept = new List<Record>();
        var seen = new HashSet<UInt128>();
        foreach (var r in input.OrderBy(r => r.File).ThenBy(r => r.Line))
        {
            if (seen.Add(r.Fingerprint))
            {
                expectedKept.Add(r);
            }
        }
        var expected = expectedKept.OrderBy(r => r.Fields[AppSlot]).ThenBy(r => r.Fields[DeviceSlot]).ThenBy(r => r.Ts).ThenBy(r => r.File).ThenBy(r => r.Line)
            .Select(r => (r.File, r.Line)).ToArray();

        var (kept, duplicates) = Arrange(input, files: 2);

        kept.Select(r => (r.File, r.Line)).Should().Equal(expected);
        duplicates.Sum().Should().Be(input.Length - expected.Length);
    }

    private static (Record[] Kept, long[] Duplicates) Arrange(Record[] records, int files) => Arrange(new DeviceOrder(), records, files);

    private static (Record[] Kept, long[] Duplicates) Arrange(DeviceOrder order, Record[] records, int files)
    {
        if (order.Records.Length < records.Length)
        {
            order.Records = new Record[records.Length];
        }
        records.CopyTo(order.Records, 0);
        var duplicates = new long[files];
        var kept = order.Arrange(records.Length, duplicates).ToArray();
        return ([.. kept.Select(k => order.Records[k.Index])], duplicates);
    }

    private static Record Make(int device, long ts, int file, int line, int id, int tag = 0)
    {
        var r = new Record { Ts = ts, File = file, Line = line, Fingerprint = (UInt128)id };
        r.Fields[AppSlot] = 1;
        r.Fields[DeviceSlot] = device;
        r.Fields[0] = tag;
        return r;
    }
}
