using HotAudit.Signing.Algorithms;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace HotAudit.Signing.Verification;

/// <summary>Verifies a signature over a message with a public key, by algorithm family.</summary>
internal static class SignatureVerifiers
{
    private const int Ed25519SignatureLength = 64;

    /// <summary>
    /// Verifies; the key must fit the family (see <see cref="Keys.KeyDescription.Fits"/>). <paramref name="sm2Id"/> is
    /// the SM2 distinguishing identifier named, or null to try the usual ones (<see cref="Sm2Identifiers"/>); SM2 needs
    /// a seekable <paramref name="message"/>, read once per identifier tried.
    /// </summary>
    public static VerifyResult Verify(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, Stream message, byte[] signature, string? sm2Id = null)
    {
        var digest = algorithm.Digest;
        return algorithm.Family switch
        {
            SignatureFamily.RsaPkcs1 => Rsa((RsaKeyParameters)key, signature,
                s => WithSigner(new RsaDigestSigner(Digests.Create(digest)), key, message, s)),
            SignatureFamily.RsaPss => Rsa((RsaKeyParameters)key, signature,
                s => RsaPssVerifier.Verify((RsaKeyParameters)key, Digests.Create(digest), Digests.Of(Digests.Create(digest), message), s)),
            SignatureFamily.Ecdsa => Der(signature,
                s => WithSigner(new DsaDigestSigner(new ECDsaSigner(), Digests.Create(digest)), key, message, s)),
            SignatureFamily.Sm2 => DerSignature.IsTruncated(signature) ? VerifyResult.Truncated : Sm2(key, message, signature, sm2Id),
            _ => Ed25519(key, message, signature),
        };
    }

    private static VerifyResult Sm2(AsymmetricKeyParameter key, Stream message, byte[] signature, string? sm2Id)
    {
        foreach (var id in Sm2Identifiers.Candidates(sm2Id))
        {
            message.Position = 0;
            if (WithSigner(new SM2Signer(), new ParametersWithID(key, id.Bytes), message, signature))
            {
                return new VerifyResult(true, SignatureReasons.With(VerifyResult.Ok.Reason, id.Description));
            }
        }
        return VerifyResult.Fail(Sm2Identifiers.Tried(sm2Id));
    }

    private static VerifyResult Ed25519(AsymmetricKeyParameter key, Stream message, byte[] signature) =>
        signature.Length < Ed25519SignatureLength ? VerifyResult.Truncated
            : Result(signature.Length == Ed25519SignatureLength && WithSigner(new Ed25519Signer(), key, message, signature));

    private static VerifyResult Rsa(RsaKeyParameters key, byte[] signature, Func<byte[], bool> verify)
    {
        var k = (key.Modulus.BitLength + 7) / 8;
        if (signature.Length < k)
        {
            return VerifyResult.Truncated;
        }
        return signature.Length > k ? VerifyResult.Fail(SignatureReasons.TooLong(signature.Length, k)) : Result(verify(signature));
    }

    private static VerifyResult Der(byte[] signature, Func<byte[], bool> verify) =>
        DerSignature.IsTruncated(signature) ? VerifyResult.Truncated : Result(verify(signature));

    private static bool WithSigner(ISigner signer, ICipherParameters key, Stream message, byte[] signature)
    {
        signer.Init(false, key);
        Digests.Feed(signer, message);
        return signer.VerifySignature(signature);
    }

    private static VerifyResult Result(bool verified) => verified ? VerifyResult.Ok : VerifyResult.BadSignature;
}
