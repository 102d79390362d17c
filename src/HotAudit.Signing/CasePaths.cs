using HotAudit.Core.Engine;

namespace HotAudit.Signing;

/// <summary>Where a manifest's <c>file</c> and <c>key_id</c> point, never outside their folders.</summary>
internal static class CasePaths
{
    /// <summary>
    /// The patch file (as <see cref="CaseLookups.PatchFile"/> resolves it) or, for CodePush, the patch folder, when it
    /// exists inside the case folder; else null.
    /// </summary>
    public static string? Content(string caseDirectory, string? relative)
    {
        if (CaseLookups.PatchFile(caseDirectory, relative) is { } file)
        {
            return file;
        }
        if (string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }
        var root = Path.GetFullPath(caseDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative)).TrimEnd(Path.DirectorySeparatorChar);
        return full.StartsWith(root, StringComparison.Ordinal) && Directory.Exists(full) ? full : null;
    }

    /// <summary>The key file <c>&lt;key_id&gt;.pem</c> when the id is a plain file name and the file exists; else null.</summary>
    public static string? Key(string keysDirectory, string keyId)
    {
        if (keyId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || keyId.Contains('/') || keyId.Contains('\\') || keyId is "." or "..")
        {
            return null;
        }
        var path = Path.Combine(keysDirectory, keyId + ".pem");
        return File.Exists(path) ? path : null;
    }
}
