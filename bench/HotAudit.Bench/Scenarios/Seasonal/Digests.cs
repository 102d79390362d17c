using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>Deterministic stand-ins for a patch's SHA-256 digest, its signature and pseudonymous device ids.</summary>
internal static class Digests
{
    public static string Hex(int seed, string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{id}")));

    public static string Signature(int seed, string id) =>
        Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes($"sig:{seed}:{id}")).Concat(SHA512.HashData(Encoding.UTF8.GetBytes(id))).ToArray());

    /// <summary>SplitMix64: a well-mixed 64-bit value of the inputs, for per-device traits that need no random stream.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var z = a + (b * 0x9E3779B97F4A7C15UL) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
