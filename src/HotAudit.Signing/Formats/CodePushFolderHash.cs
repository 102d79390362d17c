using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Signing.Formats;

/// <summary>
/// The CodePush package hash of a folder: SHA-256 of the JSON array of the sorted <c>"relative/path:sha256hex"</c>
/// entries of every file under it (paths relative to the folder, with <c>/</c>), leaving out what CodePush leaves out:
/// <c>__MACOSX/</c>, <c>.DS_Store</c> and the signature file <c>.codepushrelease</c>.
/// </summary>
internal static class CodePushFolderHash
{
    // Hidden files count (CodePush hashes them); links are not followed, so nothing outside the case folder is read.
    private static readonly EnumerationOptions AllFiles = new()
    {
        RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false,
    };

    public static string Compute(string folder)
    {
        var entries = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", AllFiles))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!IsIgnored(relative))
            {
                entries.Add($"{relative}:{SignedMessage.Sha256Hex(file)}");
            }
        }
        // JavaScript's default sort compares UTF-16 code units, which is what ordinal comparison does.
        entries.Sort(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonStringify.Array(entries))));
    }

    private static bool IsIgnored(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || path == ".DS_Store" || path.EndsWith("/.DS_Store", StringComparison.Ordinal)
        || path == ".codepushrelease" || path.EndsWith("/.codepushrelease", StringComparison.Ordinal);
}
