using System.Runtime.CompilerServices;
using FluentAssertions;

namespace HotAudit.Testing;

/// <summary>
/// Compares text with a committed file under the calling test project's <c>Snapshots/</c>. With <c>UPDATE_SNAPSHOTS=1</c>
/// it (re)writes the file instead, so a deliberate change of an output is one command and a reviewable diff.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(ProjectDir(caller), "Snapshots", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        File.Exists(path).Should().BeTrue($"snapshot {name} should exist (run the tests with UPDATE_SNAPSHOTS=1 to create it)");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        actual.Should().Be(expected, $"the output should match Snapshots/{name} (UPDATE_SNAPSHOTS=1 rewrites it)");
    }

    private static string ProjectDir(string caller)
    {
        var dir = Path.GetDirectoryName(caller);
        while (dir is not null && Directory.GetFiles(dir, "*.Tests.csproj").Length == 0)
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException($"no test project above {caller}");
    }
}
