using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using HotAudit.Signing.Algorithms;

namespace HotAudit.Signing.Keys;

/// <summary>What a public key is: its signature family, and for RSA its size.</summary>
internal static class KeyDescription
{
    private static readonly Org.BouncyCastle.Math.EC.ECCurve Sm2Curve = GMNamedCurves.GetByName("sm2p256v1").Curve;

    /// <summary>The family a key signs with; RSA keys serve both PKCS#1 v1.5 and PSS.</summary>
    public static SignatureFamily? FamilyOf(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters => SignatureFamily.RsaPkcs1,
        ECPublicKeyParameters ec when ec.Parameters.Curve.Equals(Sm2Curve) => SignatureFamily.Sm2,
        ECPublicKeyParameters => SignatureFamily.Ecdsa,
        Ed25519PublicKeyParameters => SignatureFamily.Ed25519,
        _ => null,
    };

    /// <summary>Whether the key can verify signatures of <paramref name="family"/>.</summary>
    public static bool Fits(AsymmetricKeyParameter key, SignatureFamily family) =>
        FamilyOf(key) is { } own && (own == family || own == SignatureFamily.RsaPkcs1 && family == SignatureFamily.RsaPss);

    /// <summary>The modulus size of an RSA key, else null.</summary>
    public static int? RsaBits(AsymmetricKeyParameter key) => key is RsaKeyParameters rsa ? rsa.Modulus.BitLength : null;

    /// <summary>A short name of the key type for messages.</summary>
    public static string Name(AsymmetricKeyParameter key) => FamilyOf(key) switch
    {
        SignatureFamily.RsaPkcs1 => $"RSA-{RsaBits(key)}",
        SignatureFamily.Sm2 => "SM2",
        SignatureFamily.Ecdsa => "EC",
        SignatureFamily.Ed25519 => "Ed25519",
        _ => key.GetType().Name,
    };

    /// <summary>The algorithm used when neither the manifest nor the publish row names one: the key's, with SHA-256.</summary>
    public static SignatureAlgorithm? DefaultAlgorithm(AsymmetricKeyParameter key) => FamilyOf(key) switch
    {
        SignatureFamily.RsaPkcs1 => new SignatureAlgorithm(SignatureFamily.RsaPkcs1, DigestKind.Sha256, "RSA-SHA256"),
        SignatureFamily.Ecdsa => new SignatureAlgorithm(SignatureFamily.Ecdsa, DigestKind.Sha256, "ECDSA-SHA256"),
        SignatureFamily.Sm2 => new SignatureAlgorithm(SignatureFamily.Sm2, DigestKind.Sm3, "SM2-SM3"),
        SignatureFamily.Ed25519 => new SignatureAlgorithm(SignatureFamily.Ed25519, DigestKind.None, "Ed25519"),
        _ => null,
    };
}
