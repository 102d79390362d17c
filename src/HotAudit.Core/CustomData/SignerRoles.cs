namespace HotAudit.Core.CustomData;

/// <summary>Reads a signer role as the data contract writes it: <c>developer</c>/<c>tester</c>/<c>distributor</c> (any case) or 开发者/检测者/分发者.</summary>
public static class SignerRoles
{
    /// <summary>Parses a role; false for anything else.</summary>
    public static bool TryParse(string? text, out SignerRole role)
    {
        (var known, role) = text?.Trim().ToLowerInvariant() switch
        {
            "developer" or "开发者" => (true, SignerRole.Developer),
            "tester" or "检测者" => (true, SignerRole.Tester),
            "distributor" or "分发者" => (true, SignerRole.Distributor),
            _ => (false, SignerRole.Developer),
        };
        return known;
    }
}
