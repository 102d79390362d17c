using FluentAssertions;
using HotAudit.Core.Engine;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Engine;

/// <summary>Within its budget a store keeps its partitions in memory and writes nothing; past it, it spills and reads back the same records.</summary>
public sealed class PartitionStoreSpillTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-spill-tests-").FullName;

    [Fact]
    public void Read_UnderTheBudget_NoFolderNoSpill()
    {
        // Given
        var budget = new MemoryBudget(64L << 20);
        using var store = new PartitionStore(4, root, budget);

        // When
        Fill(store, 50_000);

        // Then
        store.SpilledBytes.Should().Be(0);
        Directory.GetDirectories(root).Should().BeEmpty("a case that fits is never written to disk");
        budget.Used.Should().BePositive();
        Enumerable.Range(0, 4).Sum(p => store.Read(p).Length).Should().Be(50_000);
    }

    [Fact]
    public void Read_OverTheBudget_SpillsAndReadsBackTheSameRecordsInOrder()
    {
        // Given: the same rows into a store with room and one without
        using var inMemory = new PartitionStore(3, root, new MemoryBudget(64L << 20));
        using var spilled = new PartitionStore(3, root, new MemoryBudget(0));

        // When
        Fill(inMemory, 30_000);
        Fill(spilled, 30_000);

        // Then
        inMemory.SpilledBytes.Should().Be(0);
        spilled.SpilledBytes.Should().BePositive();
        Directory.GetDirectories(root).Should().ContainSingle();
        for (var p = 0; p < 3; p++)
        {
            var expected = inMemory.Read(p);
            var actual = spilled.Read(p);
            actual.Select(Key).Should().Equal(expected.Select(Key));
            actual.Select(r => r.Fields[3]).Should().Equal(expected.Select(r => r.Fields[3]));
        }
    }

    [Fact]
    public void Dispose_StoreHeldMemory_GivesItsBytesBackToTheBudget()
    {
        var budget = new MemoryBudget(64L << 20);
        var store = new PartitionStore(2, root, budget);
        Fill(store, 20_000);

        store.Dispose();

        budget.Used.Should().Be(0);
    }

    [Fact]
    public void Take_PartitionHeldInMemory_SameRecordsThenItsBytesBackToTheBudget()
    {
        // Given
        var budget = new MemoryBudget(64L << 20);
        using var store = new PartitionStore(1, root, budget);
        Fill(store, 20_000);
        var expected = store.Read(0);
        Record[] buffer = [];

        // When
        var count = store.Take(0, ref buffer);

        // Then
        buffer.Take(count).Select(Key).Should().Equal(expected.Select(Key));
        budget.Used.Should().Be(0);
        store.Count.Should().Be(20_000);
        var again = () => store.Read(0);
        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Process_VariableSetOrNot_MiBOfTheVariableElseTheDefault()
    {
        MemoryBudget.MiBOf("64").Should().Be(64);
        MemoryBudget.MiBOf("0").Should().Be(0);
        MemoryBudget.MiBOf(null).Should().Be(MemoryBudget.DefaultMiB);
        MemoryBudget.MiBOf("-3").Should().Be(MemoryBudget.DefaultMiB);
        MemoryBudget.MiBOf("lots").Should().Be(MemoryBudget.DefaultMiB);
    }

    private static (long, int, int, UInt128, uint) Key(Record r) => (r.Ts, r.File, r.Line, r.Fingerprint, r.DeviceHash);

    private static void Fill(PartitionStore store, int count)
    {
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var r = new Record
            {
                Ts = 638_000_000_000_000_000 + random.NextInt64(0, 10_000_000_000), File = i % 3, Line = (i / 3) + 2,
                Fingerprint = new UInt128((ulong)random.NextInt64(), (ulong)i), DeviceHash = (uint)random.Next(0, 500),
            };
            r.Fields[1] = (int)r.DeviceHash + 100;
            r.Fields[3] = random.Next(0, 12);
            store.Add(r);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
