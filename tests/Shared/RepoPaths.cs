global using HotAudit.Testing;

namespace HotAudit.Testing;

/// <summary>Folders of the repository and of the shared conformance corpus beside it, found from the test binaries (shared by every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding HotAudit.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/conformance</c> relative to the repository root.</summary>
    public static string Conformance => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance"));

    /// <summary>The bundled sample cases.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The shipped rule packs.</summary>
    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HotAudit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No HotAudit.sln above {AppContext.BaseDirectory}");
    }
}
