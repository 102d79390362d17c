using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Worker;

/// <summary>One SHA-256 over a case's inputs: each file's relative path and its own SHA-256, in path order.</summary>
internal static class InputsDigest
{
    public static string Of(string caseDirectory)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(caseDirectory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(caseDirectory, f).Replace('\\', '/')))
            .Where(f => f.Relative != InboxScanner.ReadyMarker && !f.Relative.StartsWith("hotaudit-out/", StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            using var stream = File.OpenRead(full);
            all.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{Convert.ToHexStringLower(SHA256.HashData(stream))}\n"));
        }
        return Convert.ToHexStringLower(all.GetHashAndReset());
    }
}
