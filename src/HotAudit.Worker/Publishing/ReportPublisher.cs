namespace HotAudit.Worker;

/// <summary>
/// Puts a finished report folder in place as a whole: reports are written into a staging folder beside the target
/// (same file system), then renamed onto it, so a reader (or a crash) sees the previous report folder or the complete
/// new one, never a mix.
/// </summary>
internal static class ReportPublisher
{
    private const string StagingPrefix = ".staging-";

    public static string StagingFor(string target, string runKey) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $"{StagingPrefix}{Path.GetFileName(target)}-{runKey}");

    public static void Publish(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            var old = Path.Combine(Path.GetDirectoryName(target)!, $".old-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
            Directory.Move(target, old);
            Directory.Move(staging, target);
            Directory.Delete(old, recursive: true);
            return;
        }
        Directory.Move(staging, target);
    }

    /// <summary>Removes what interrupted runs left behind (staging folders and replaced report folders).</summary>
    public static void CleanUp(string reportsRoot)
    {
        if (!Directory.Exists(reportsRoot))
        {
            return;
        }
        foreach (var dir in Directory.EnumerateDirectories(reportsRoot, ".*", SearchOption.AllDirectories).ToList())
        {
            var name = Path.GetFileName(dir);
            if ((name.StartsWith(StagingPrefix, StringComparison.Ordinal) || name.StartsWith(".old-", StringComparison.Ordinal)) && Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
