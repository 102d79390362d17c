using System.IO.Compression;

namespace HotAudit.Worker;

/// <summary>
/// Extracts a <c>.zip</c> case into an empty folder, refusing (before anything is written) entries whose names climb
/// out of it (<c>..</c>), are absolute or are links, and enforcing the file-count and size limits against zip bombs on
/// the declared sizes and again on the bytes actually inflated.
/// </summary>
internal static class SafeZipExtractor
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    /// <summary>Extracts <paramref name="zipPath"/> into <paramref name="target"/> (which must not exist); returns the case folder (the only top folder if all entries share one).</summary>
    /// <exception cref="CaseRejectedException">The zip breaks a rule; <paramref name="target"/> is then removed.</exception>
    public static string Extract(string zipPath, string target, ZipLimits limits)
    {
        try
        {
            using var file = File.OpenRead(zipPath);
            if (ZipDirectory.DeclaredEntries(file) is { } declared && declared > limits.MaxFiles)
            {
                throw new CaseRejectedException($"{declared} entries, more than the limit of {limits.MaxFiles} (Worker:ZipMaxFiles)");
            }
            file.Position = 0;
            using var archive = new ZipArchive(file, ZipArchiveMode.Read);
            var files = Check(archive, target, limits);
            Directory.CreateDirectory(target);
            long written = 0;
            foreach (var (entry, path) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                written += Copy(entry, path, limits.MaxBytes - written);
            }
            return CaseRoot(target);
        }
        catch (InvalidDataException e)
        {
            Cleanup(target);
            throw new CaseRejectedException($"not a readable zip: {e.Message}");
        }
        catch (CaseRejectedException)
        {
            Cleanup(target);
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Whatever stops the extraction stops it again at the next poll: a rejection, never a retry loop.
            Cleanup(target);
            throw new CaseRejectedException($"cannot be extracted: {e.Message}");
        }
    }

    private static List<(ZipArchiveEntry Entry, string Path)> Check(ZipArchive archive, string target, ZipLimits limits)
    {
        if (archive.Entries.Count > limits.MaxFiles)
        {
            throw new CaseRejectedException($"{archive.Entries.Count} entries, more than the limit of {limits.MaxFiles} (Worker:ZipMaxFiles)");
        }
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        var files = new List<(ZipArchiveEntry, string)>();
        var names = new ZipEntryNames();
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Any(s => s == ".."))
            {
                throw new CaseRejectedException($"entry '{entry.FullName}' points outside the case (absolute path or '..')");
            }
            if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymlink)
            {
                throw new CaseRejectedException($"entry '{entry.FullName}' is a symbolic link");
            }
            var path = Path.GetFullPath(Path.Combine(root, name));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new CaseRejectedException($"entry '{entry.FullName}' points outside the case");
            }
            names.Add(entry.FullName, path[root.Length..].Replace('\\', '/').TrimEnd('/'), name.EndsWith('/'));
            if (name.EndsWith('/'))
            {
                continue;
            }
            declared += entry.Length;
            if (declared > limits.MaxBytes)
            {
                throw new CaseRejectedException($"expands to more than {limits.MaxBytes} bytes (Worker:ZipMaxBytes)");
            }
            if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxRatio)
            {
                throw new CaseRejectedException($"entry '{entry.FullName}' expands {entry.Length / entry.CompressedLength} times, more than {limits.MaxRatio} (Worker:ZipMaxRatio)");
            }
            files.Add((entry, path));
        }
        return files;
    }

    /// <summary>Copies one entry, counting the bytes really inflated: a zip may lie about its sizes.</summary>
    private static long Copy(ZipArchiveEntry entry, string path, long budget)
    {
        using var input = entry.Open();
        using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            total += read;
            if (total > budget)
            {
                throw new CaseRejectedException("expands to more bytes than it declares, past Worker:ZipMaxBytes");
            }
            output.Write(buffer, 0, read);
        }
        return total;
    }

    private static string CaseRoot(string target)
    {
        var dirs = Directory.GetDirectories(target);
        return dirs.Length == 1 && Directory.GetFiles(target).Length == 0 ? dirs[0] : target;
    }

    private static void Cleanup(string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }
}
