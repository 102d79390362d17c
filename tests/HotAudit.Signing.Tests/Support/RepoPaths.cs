namespace HotAudit.Signing.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HotAudit.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("HotAudit.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The OpenSSL-made fixture case (see Fixtures/README.md).</summary>
    public static string FixtureCase => Path.Combine(Root, "tests", "HotAudit.Signing.Tests", "Fixtures", "case");

    /// <summary>The shared conformance cases, beside the repository.</summary>
    public static string Conformance => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance"));
}
