using System.Text;
using System.Text.Json;

namespace HotAudit.Signing.Formats;

/// <summary>A CodePush release signature: a compact JWT whose payload names the package hash.</summary>
/// <param name="Algorithm">The header's <c>alg</c>.</param>
/// <param name="ContentHash">The payload's <c>contentHash</c>, lower-case.</param>
/// <param name="SigningInput">The ASCII bytes of <c>header.payload</c>, as signed.</param>
/// <param name="Signature">The decoded third part.</param>
internal sealed record CodePushJwt(string Algorithm, string ContentHash, byte[] SigningInput, byte[] Signature)
{
    /// <summary>Parses the JWT; null with <paramref name="error"/> when it is not one HotAudit can read.</summary>
    public static CodePushJwt? Parse(string text, out Core.Rules.LocalizedText? error)
    {
        error = SignatureReasons.MalformedJwt;
        var parts = text.Trim().Split('.');
        if (parts.Length != 3 || Base64Text.Decode(parts[2]) is not { } signature)
        {
            return null;
        }
        var alg = Claim(parts[0], "alg");
        var hash = Claim(parts[1], "contentHash");
        if (alg is null || hash is null)
        {
            error = alg is null ? SignatureReasons.JwtWithoutAlg : SignatureReasons.JwtWithoutContentHash;
            return null;
        }
        error = null;
        return new CodePushJwt(alg, hash.ToLowerInvariant(), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature);
    }

    private static string? Claim(string part, string name)
    {
        if (Base64Text.Decode(part) is not { } json)
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v)
                   && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
