namespace HotAudit.Worker;

/// <summary>
/// The paths a zip's entries extract to, checked before anything is written: a path given twice, or a file that is
/// also a folder of another entry (<c>keys</c> and <c>keys/a.pem</c>), is a rejection naming both entries. Paths are
/// compared ordinally (the case-sensitive file systems the worker runs on).
/// </summary>
internal sealed class ZipEntryNames
{
    private readonly Dictionary<string, (string Entry, bool Folder)> _paths = new(StringComparer.Ordinal);

    /// <exception cref="CaseRejectedException">The path collides with an earlier entry's.</exception>
    public void Add(string entry, string relative, bool folder)
    {
        if (relative.Length == 0)
        {
            return;
        }
        if (_paths.TryGetValue(relative, out var earlier))
        {
            if (folder && earlier.Folder)
            {
                return;
            }
            throw new CaseRejectedException(folder == earlier.Folder
                ? $"entries '{LogText.Escape(earlier.Entry)}' and '{LogText.Escape(entry)}' extract to the same path"
                : $"'{LogText.Escape(relative)}' is both a file and a folder (entries '{LogText.Escape(earlier.Entry)}' and '{LogText.Escape(entry)}')");
        }
        _paths[relative] = (entry, folder);
        var parent = relative;
        while (parent.LastIndexOf('/') is var slash and > 0)
        {
            parent = parent[..slash];
            if (_paths.TryGetValue(parent, out var above) && !above.Folder)
            {
                throw new CaseRejectedException($"entry '{LogText.Escape(entry)}' needs a folder where entry '{LogText.Escape(above.Entry)}' is a file");
            }
            _paths.TryAdd(parent, (entry, true));
        }
    }
}
