namespace HotAudit.Rules.Tests;

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

    public static string Rules => Path.Combine(Root, "rules");
}
