using HotAudit.Signing.Algorithms;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace HotAudit.Signing.Verification;

/// <summary>BouncyCastle digests by kind, and feeding a stream into a digest or signer.</summary>
internal static class Digests
{
    private const int BufferSize = 1 << 16;

    public static IDigest Create(DigestKind kind) => kind switch
    {
        DigestKind.Sha256 => new Sha256Digest(),
        DigestKind.Sha384 => new Sha384Digest(),
        DigestKind.Sha512 => new Sha512Digest(),
        DigestKind.Sha224 => new Sha224Digest(),
        DigestKind.Sha1 => new Sha1Digest(),
        DigestKind.Md5 => new MD5Digest(),
        DigestKind.Sm3 => new SM3Digest(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no digest"),
    };

    /// <summary>The digest of everything <paramref name="message"/> holds.</summary>
    public static byte[] Of(IDigest digest, Stream message)
    {
        var buffer = new byte[BufferSize];
        for (int n; (n = message.Read(buffer)) > 0;)
        {
            digest.BlockUpdate(buffer, 0, n);
        }
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return result;
    }

    /// <summary>Feeds everything <paramref name="message"/> holds to <paramref name="signer"/>.</summary>
    public static void Feed(ISigner signer, Stream message)
    {
        var buffer = new byte[BufferSize];
        for (int n; (n = message.Read(buffer)) > 0;)
        {
            signer.BlockUpdate(buffer, 0, n);
        }
    }
}
