namespace HotAudit.Worker;

/// <summary>Finds the ready cases of the inbox: folders with a <c>READY</c> marker and <c>.zip</c> files, in name order.</summary>
internal static class InboxScanner
{
    public const string ReadyMarker = "READY";

    public static IReadOnlyList<InboxEntry> Ready(string inbox)
    {
        var entries = new List<InboxEntry>();
        foreach (var dir in Directory.EnumerateDirectories(inbox))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('.') && File.Exists(Path.Combine(dir, ReadyMarker)))
            {
                entries.Add(new InboxEntry(name, name, InboxEntryKind.Folder));
            }
        }
        foreach (var file in Directory.EnumerateFiles(inbox, "*.zip"))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.'))
            {
                entries.Add(new InboxEntry(name, Path.GetFileNameWithoutExtension(name), InboxEntryKind.Zip));
            }
        }
        return [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }
}
