namespace HotAudit.Worker;

/// <summary>
/// A view of an append-only case folder for a <c>LastDays</c> schedule: a folder of symbolic links to every reference
/// file and sub-folder, and to those event logs (<c>telemetry*</c>, <c>operations*</c>) written since the window's start.
/// </summary>
internal static class RecentFilesView
{
    private static readonly string[] EventLogs = ["telemetry", "operations"];

    public static string Build(string caseDirectory, string view, DateTimeOffset since)
    {
        if (Directory.Exists(view))
        {
            Directory.Delete(view, recursive: true);
        }
        Directory.CreateDirectory(view);
        foreach (var dir in Directory.EnumerateDirectories(caseDirectory).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            Directory.CreateSymbolicLink(Path.Combine(view, Path.GetFileName(dir)), dir);
        }
        foreach (var file in Directory.EnumerateFiles(caseDirectory))
        {
            var name = Path.GetFileName(file);
            var isLog = EventLogs.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (!isLog || File.GetLastWriteTimeUtc(file) >= since.UtcDateTime)
            {
                File.CreateSymbolicLink(Path.Combine(view, name), file);
            }
        }
        return view;
    }
}
