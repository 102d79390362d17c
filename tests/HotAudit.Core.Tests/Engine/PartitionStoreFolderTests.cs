using System.Diagnostics;
using FluentAssertions;
using HotAudit.Core.Engine;
using Xunit;

namespace HotAudit.Core.Tests.Engine;

/// <summary>The store's temporary folder: made at the first spill, private to its user, and removed by a later start when its process died.</summary>
public sealed class PartitionStoreFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-store-tests-").FullName;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Add_FirstSpill_FolderIsOwnerOnly()
    {
        using var store = new PartitionStore(2, root, new MemoryBudget(0));
        Directory.GetDirectories(root).Should().BeEmpty();

        SpillOne(store);

        var folder = Directory.GetDirectories(root).Should().ContainSingle().Subject;

        File.GetUnixFileMode(folder).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void RemoveAbandoned_FolderOfADeadProcessAndOfALiveOne_RemovesOnlyTheDeadOnes()
    {
        using var live = new PartitionStore(1, root, new MemoryBudget(0));
        SpillOne(live);
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        var dead = Path.Combine(root, $"hotaudit-p{exited.Id}-0123456789abcdef");
        Directory.CreateDirectory(dead);
        File.WriteAllText(Path.Combine(dead, "p0000.bin"), "x");

        var removed = PartitionStore.RemoveAbandoned(root);

        removed.Should().Be(1);
        Directory.Exists(dead).Should().BeFalse();
        Directory.GetDirectories(root).Should().ContainSingle().Which.Should().Contain($"hotaudit-p{Environment.ProcessId}-");
    }

    /// <summary>Adds enough records to fill a partition's first chunk, which a budget of 0 sends to disk.</summary>
    private static void SpillOne(PartitionStore store)
    {
        for (var i = 0; i < 1000; i++)
        {
            store.Add(new HotAudit.Core.Data.Record { Ts = i, Line = i, Fingerprint = (UInt128)i });
        }
        store.SpilledBytes.Should().BePositive();
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
