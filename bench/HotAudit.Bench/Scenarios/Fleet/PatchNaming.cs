using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>Patch ids, digests and signatures, the same in telemetry and the operation log.</summary>
internal sealed class PatchNaming(FleetWorld world)
{
    public string Id(int version, int patch)
    {
        var v = world.Versions[version];
        return $"{world.AppOf(v).Short}-{v.Name}-p{patch.ToString("D3", CultureInfo.InvariantCulture)}";
    }

    public string Hash(int version, int patch) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id(version, patch))));

    /// <summary>A signature-shaped value (base64 of 64 bytes); the case ships no keys, so nothing verifies it.</summary>
    public string Signature(int version, int patch) =>
        Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(Id(version, patch) + "#signed")));

    /// <summary>The SDK build of a version: the app's, one minor up on versions launched during the case.</summary>
    public string Sdk(int version)
    {
        var v = world.Versions[version];
        var sdk = world.AppOf(v).Sdk;
        if (v.Launch == 0)
            return sdk;
        var parts = sdk.Split('.');
        return $"{parts[0]}.{int.Parse(parts[1], CultureInfo.InvariantCulture) + 1}.0";
    }
}
