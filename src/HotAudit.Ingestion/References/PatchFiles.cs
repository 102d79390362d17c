using System.Security.Cryptography;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>The patch files a case's manifests name: where they are (never outside the case folder) and their digests.</summary>
public static class PatchFiles
{
    /// <summary>The full path of a manifest's patch file when it exists inside the case folder; never a path outside it.</summary>
    public static string? Find(string? caseDirectory, string? relative)
    {
        if (caseDirectory is null || string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }
        var root = Path.GetFullPath(caseDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>
    /// The SHA-256 and MD5 (lower-case hex) of the patch file of every manifest row with a patch id, by its <c>file</c> as
    /// written; a file not found inside the case folder has none. The engine takes them as known digests of the patch.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Digests(string? caseDirectory, IReadOnlyList<ReferenceRow> manifests)
    {
        var digests = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var m in manifests)
        {
            if (string.IsNullOrEmpty(m["patch_id"]) || m["file"] is not { } file || digests.ContainsKey(file) || Find(caseDirectory, file) is not { } path)
            {
                continue;
            }
            var bytes = File.ReadAllBytes(path);
            digests[file] = [Convert.ToHexStringLower(SHA256.HashData(bytes)), Convert.ToHexStringLower(MD5.HashData(bytes))];
        }
        return digests;
    }
}
