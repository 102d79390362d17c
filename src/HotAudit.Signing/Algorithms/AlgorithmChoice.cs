using HotAudit.Signing.Formats;
using HotAudit.Signing.Keys;
using Org.BouncyCastle.Crypto;

namespace HotAudit.Signing.Algorithms;

/// <summary>Which algorithm a check uses: the one named, else the one the format implies, else the key's default.</summary>
internal static class AlgorithmChoice
{
    /// <summary>The algorithm, or null with the name that could not be read in <paramref name="unsupported"/>.</summary>
    public static SignatureAlgorithm? Choose(string? named, SignatureFormat format, AsymmetricKeyParameter? key, out string unsupported)
    {
        unsupported = named ?? string.Empty;
        if (format == SignatureFormat.CodePushJwt)
        {
            // The JWT header names the algorithm; CodePush signs RS256. The manifest's name is not what was used.
            return new SignatureAlgorithm(SignatureFamily.RsaPkcs1, DigestKind.Sha256, "RS256");
        }
        if (!string.IsNullOrWhiteSpace(named))
        {
            return AlgorithmNames.Parse(named);
        }
        if (format == SignatureFormat.Manifest)
        {
            return new SignatureAlgorithm(SignatureFamily.RsaPkcs1, DigestKind.Sha256, "RSA-SHA256");
        }
        unsupported = key is null ? string.Empty : $"(none named for a {KeyDescription.Name(key)} key)";
        return key is null ? null : KeyDescription.DefaultAlgorithm(key);
    }

    /// <summary>HU-SIG-03 from the name alone (the key unknown or unreadable).</summary>
    public static bool NamesWeakDigest(string? named) =>
        !string.IsNullOrWhiteSpace(named) && AlgorithmNames.Parse(named) is { IsWeakDigest: true };
}
