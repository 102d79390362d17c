using System.Text.RegularExpressions;

namespace HotAudit.Signing.Algorithms;

/// <summary>
/// Reads the algorithm names platforms write (<c>RSA-SHA256</c>, <c>SHA256withRSA</c>, <c>MD5withRSA</c>,
/// <c>RSA-PSS-SHA256</c>, <c>PS256</c>, <c>ES384</c>, <c>ECDSA-SHA256</c>, <c>SM2</c>, <c>SM3withSM2</c>, <c>Ed25519</c>).
/// </summary>
internal static partial class AlgorithmNames
{
    private static readonly (string Token, DigestKind Digest)[] Digests =
    [
        ("SHA512", DigestKind.Sha512), ("SHA384", DigestKind.Sha384), ("SHA256", DigestKind.Sha256),
        ("SHA224", DigestKind.Sha224), ("SHA1", DigestKind.Sha1), ("MD5", DigestKind.Md5), ("SM3", DigestKind.Sm3),
    ];

    /// <summary>The algorithm a name stands for, or null when it names none HotAudit knows.</summary>
    public static SignatureAlgorithm? Parse(string name)
    {
        var n = NonAlphanumeric().Replace(name.ToUpperInvariant(), string.Empty);
        var family = FamilyOf(n);
        if (family is null)
        {
            return null;
        }
        var digest = family switch
        {
            SignatureFamily.Ed25519 => DigestKind.None,
            SignatureFamily.Sm2 => DigestKind.Sm3,
            _ => DigestOf(n),
        };
        return digest is DigestKind.Sm3 && family is not SignatureFamily.Sm2 ? null : new SignatureAlgorithm(family.Value, digest, name);
    }

    private static SignatureFamily? FamilyOf(string n)
    {
        if (n.Contains("SM2", StringComparison.Ordinal))
        {
            return SignatureFamily.Sm2;
        }
        if (n.Contains("ED25519", StringComparison.Ordinal) || n == "EDDSA")
        {
            return SignatureFamily.Ed25519;
        }
        if (n.Contains("ECDSA", StringComparison.Ordinal) || JoseName().Match(n) is { Success: true } m && m.Groups[1].Value == "ES")
        {
            return SignatureFamily.Ecdsa;
        }
        if (n.Contains("PSS", StringComparison.Ordinal) || n.StartsWith("PS", StringComparison.Ordinal) && JoseName().IsMatch(n))
        {
            return SignatureFamily.RsaPss;
        }
        return n.Contains("RSA", StringComparison.Ordinal) || n.StartsWith("RS", StringComparison.Ordinal) && JoseName().IsMatch(n)
            ? SignatureFamily.RsaPkcs1 : null;
    }

    private static DigestKind DigestOf(string n)
    {
        foreach (var (token, digest) in Digests)
        {
            if (n.Contains(token, StringComparison.Ordinal))
            {
                return digest;
            }
        }
        return JoseName().Match(n) is { Success: true } m
            ? m.Groups[2].Value switch { "384" => DigestKind.Sha384, "512" => DigestKind.Sha512, _ => DigestKind.Sha256 }
            : DigestKind.Sha256;
    }

    [GeneratedRegex("[^A-Z0-9]")]
    private static partial Regex NonAlphanumeric();

    /// <summary>JOSE names: RS256, PS384, ES512.</summary>
    [GeneratedRegex("^(RS|PS|ES)(256|384|512)$")]
    private static partial Regex JoseName();
}
