global using HotAudit.Testing;

namespace HotAudit.Testing;

/// <summary>Folders of the repository (the conformance corpus included), found from the test binaries (shared by every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding HotAudit.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The conformance corpus copied into the repository (<c>tests/conformance</c>, see its README).</summary>
    public static string Conformance => Path.Combine(Root, "tests", "conformance");

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
