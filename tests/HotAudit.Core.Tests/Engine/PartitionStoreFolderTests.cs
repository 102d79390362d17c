using System.Diagnostics;
using FluentAssertions;
using HotAudit.Core.Engine;
using Xunit;

namespace HotAudit.Core.Tests.Engine;

/// <summary>The store's temporary folder: private to its user, and removed by a later start when its process died.</summary>
public sealed class PartitionStoreFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-store-tests-").FullName;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Constructor_NewStore_FolderIsOwnerOnly()
    {
        using var store = new PartitionStore(2, root);

        var folder = Directory.GetDirectories(root).Should().ContainSingle().Subject;

        File.GetUnixFileMode(folder).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void RemoveAbandoned_FolderOfADeadProcessAndOfALiveOne_RemovesOnlyTheDeadOnes()
    {
        using var live = new PartitionStore(1, root);
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

    public void Dispose() => Directory.Delete(root, recursive: true);
}
