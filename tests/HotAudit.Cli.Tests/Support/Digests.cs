using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Cli.Tests.Support;

/// <summary>Deterministic lower-case hex digests of a seed string, standing in for patch file digests.</summary>
internal static class Digests
{
    public static string Sha256(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static string Md5(string seed) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(seed)));

    public static string Sha1(string seed) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(seed)));
}
