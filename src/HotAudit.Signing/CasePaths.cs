namespace HotAudit.Signing;

/// <summary>Where a manifest's <c>file</c> and <c>key_id</c> point, never outside their folders.</summary>
internal static class CasePaths
{
    /// <summary>
    /// The patch file (as the case reader finds it for its digests) or, for CodePush, the patch folder, when it exists
    /// inside the case folder; else null.
    /// </summary>
    public static string? Content(string caseDirectory, string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }
        var root = Path.GetFullPath(caseDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }
        if (File.Exists(full))
        {
            return full;
        }
        var folder = full.TrimEnd(Path.DirectorySeparatorChar);
        return folder.StartsWith(root, StringComparison.Ordinal) && Directory.Exists(folder) ? folder : null;
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
