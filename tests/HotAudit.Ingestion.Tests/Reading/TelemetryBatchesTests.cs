using FluentAssertions;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// Rows read into the partition store go in batches per partition (<see cref="TelemetryBatches"/>): every accepted row
/// must land in its partition once, as when each row was added on its own, including the rows of a partly filled batch
/// at the end of a block and of a file that fails part way.
/// </summary>
public sealed class TelemetryBatchesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_IntoPartitionStore_EachPartitionHoldsExactlyItsRecords(int parallelism)
    {
        using var tc = new TempCase()
            .Text("telemetry-a.csv", Rows(3_000, 0))
            .Text("telemetry-b.csv", Rows(1_237, 5_000))
            .Text("telemetry-c.csv", Rows(7, 9_000));
        var manifest = CaseDiscovery.Discover(tc.Directory);
        var expected = new CollectingSink();
        new CaseReader(new SymbolTable(), TimeSpan.FromHours(8)) { Parallelism = 1, Streamed = false }.Read(manifest, expected);
        using var store = new PartitionStore(PartitionStore.LocalPartitions, tc.Directory);

        var result = new CaseReader(new SymbolTable(), TimeSpan.FromHours(8)) { Parallelism = parallelism, ChunkBytes = 4_096 }.Read(manifest, store);

        result.Errors.Should().BeEmpty();
        store.Count.Should().Be(expected.Records.Count);
        for (var p = 0; p < store.Partitions; p++)
        {
            store.Read(p).Select(Key).Order().Should().Equal(
                expected.Records.Where(r => r.DeviceHash % (uint)store.Partitions == p).Select(Key).Order(), $"partition {p}");
        }
    }

    [Fact]
    public void Add_PartlyFilledBatches_AllReachTheStoreOnFlush()
    {
        using var store = new PartitionStore(4);
        var batches = TelemetryBatches.Rent(store);
        var records = Enumerable.Range(0, (TelemetryBatches.PerPartition * 3) + 5)
            .Select(i => new Record { Ts = i, Line = i + 2, DeviceHash = (uint)(i % 3), Fingerprint = (UInt128)i }).ToList();

        foreach (var r in records)
        {
            batches.Add(r);
        }
        // Three partitions (hashes 0, 1, 2) of 18, 18 and 17 records: one full batch each so far.
        store.Count.Should().Be(TelemetryBatches.PerPartition * 3);
        batches.Flush();

        store.Count.Should().Be(records.Count);
        Enumerable.Range(0, 4).SelectMany(store.Read).Select(r => r.Line).Order().Should().Equal(records.Select(r => r.Line));
    }

    private static string Key(Record r) => $"{r.File}:{r.Line}:{r.Fingerprint}:{r.Ts}";

    private static string Rows(int count, int first) =>
        string.Join("\n", new[] { Csv.TelemetryHeader }.Concat(Enumerable.Range(first, count).Select(i =>
            Csv.Telemetry($"e{i}", ("device_id", $"dev-{i % 97}"), ("ts", $"2026-05-01 10:{i % 60:D2}:00"))))) + "\n";
}
