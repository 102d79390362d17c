using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>Patch ids, digests and signatures, the same in telemetry and the operation log.</summary>
internal sealed class PatchFacts(OperatorWorld world)
{
    private readonly Dictionary<(int Version, int Number), (string Id, string Hash)> _cache = [];

    public string Id(int version, int number) => Facts(version, number).Id;

    /// <summary>SHA-256 of the patch, hex: what the devices report receiving.</summary>
    public string Hash(int version, int number) => Facts(version, number).Hash;

    /// <summary>The publish's signature bytes, base64 (the case ships no keys, as an export without key material).</summary>
    public string Signature(int version, int number) =>
        Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes("signature:" + Id(version, number))));

    private (string Id, string Hash) Facts(int version, int number)
    {
        if (_cache.TryGetValue((version, number), out var facts))
            return facts;
        var plan = world.Versions[version];
        var id = plan.PatchId(world.AppOf(plan).AppId, number);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        return _cache[(version, number)] = (id, hash);
    }
}
