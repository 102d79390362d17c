using System.IO.Compression;
using System.Text;

namespace HotAudit.Worker.Tests;

/// <summary>Writes zip files entry by entry, including the hostile kinds (traversal, absolute paths, links, bombs).</summary>
internal static class ZipFiles
{
    public static void Write(string path, params (string Name, string Content)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }
    }

    public static void WriteSymlink(string path, string name, string target)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        var entry = archive.CreateEntry(name);
        entry.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(target));
    }

    /// <summary>A case folder's files as a zip, each under <paramref name="prefix"/>.</summary>
    public static void FromFolder(string folder, string path, string prefix = "")
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            archive.CreateEntryFromFile(file, prefix + Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }
    }
}
