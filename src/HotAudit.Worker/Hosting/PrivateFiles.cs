namespace HotAudit.Worker;

/// <summary>
/// The worker's own state is readable by its user only: folders 0700, files 0600 (the history, journal, kept monitor
/// days and work folders hold vendors' data). On Windows the modes are not applied; the folder's ACL rules.
/// </summary>
internal static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Options that create (or replace) a file writable and readable by its owner only.</summary>
    public static FileStreamOptions CreateOptions
    {
        get
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }
            return options;
        }
    }

    /// <summary>Creates a folder (and its parents) that only its owner can enter; an existing folder is tightened.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Tightens an existing file to 0600 (e.g. the history database SQLite created with the umask's mode).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
