namespace HotAudit.Worker;

/// <summary>
/// An inbox folder case is assessed as it lies, so it may hold no symbolic link (nor be one): a link could put any file
/// the worker can read (another case, a key) into the findings. Links are rejected, like in zips, not followed.
/// </summary>
internal static class FolderCase
{
    /// <summary>Returns <paramref name="folder"/> when neither it nor anything under it is a symbolic link.</summary>
    /// <exception cref="CaseRejectedException">A link was found; its path inside the case is named.</exception>
    public static string Checked(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            throw new CaseRejectedException("the case folder is a symbolic link");
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
        {
            if (entry.LinkTarget is not null)
            {
                throw new CaseRejectedException($"'{LogText.Escape(Path.GetRelativePath(folder, entry.FullName))}' is a symbolic link (links are not followed)");
            }
        }
        return folder;
    }
}
