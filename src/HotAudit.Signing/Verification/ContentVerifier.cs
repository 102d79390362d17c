using HotAudit.Signing.Algorithms;
using HotAudit.Signing.Formats;
using Org.BouncyCastle.Crypto;

namespace HotAudit.Signing.Verification;

/// <summary>Verifies a signature over what its format says was signed.</summary>
internal static class ContentVerifier
{
    public static VerifyResult Verify(SignatureFormat format, SignatureAlgorithm algorithm, AsymmetricKeyParameter key, string signature, string content, string? sm2Id)
    {
        if (format == SignatureFormat.CodePushJwt)
        {
            return CodePush(key, signature, content);
        }
        if (Directory.Exists(content))
        {
            return VerifyResult.Fail(SignatureReasons.FolderPatch(FormatName(format)));
        }
        if (Base64Text.Decode(signature) is not { } bytes)
        {
            return VerifyResult.Fail(SignatureReasons.NotBase64);
        }
        using var message = SignedMessage.Open(format, content);
        return SignatureVerifiers.Verify(algorithm, key, message, bytes, sm2Id);
    }

    private static VerifyResult CodePush(AsymmetricKeyParameter key, string signature, string content)
    {
        if (CodePushJwt.Parse(signature, out var error) is not { } jwt)
        {
            return VerifyResult.Fail(error!);
        }
        if (AlgorithmNames.Parse(jwt.Algorithm) is not { Family: SignatureFamily.RsaPkcs1 or SignatureFamily.RsaPss } algorithm
            || !jwt.Algorithm.StartsWith("RS", StringComparison.Ordinal) && !jwt.Algorithm.StartsWith("PS", StringComparison.Ordinal))
        {
            return VerifyResult.Fail(SignatureReasons.UnsupportedJwtAlgorithm(jwt.Algorithm));
        }
        using var input = new MemoryStream(jwt.SigningInput);
        var verified = SignatureVerifiers.Verify(algorithm, key, input, jwt.Signature);
        if (!verified.Verified)
        {
            return verified;
        }
        var actual = Directory.Exists(content) ? CodePushFolderHash.Compute(content) : SignedMessage.Sha256Hex(content);
        return actual == jwt.ContentHash ? VerifyResult.Ok
            : VerifyResult.Fail(SignatureReasons.DigestMismatch(jwt.ContentHash, actual));
    }

    private static string FormatName(SignatureFormat format) => format switch
    {
        SignatureFormat.DigestHex => "digest-hex",
        SignatureFormat.Manifest => "manifest",
        _ => "raw",
    };
}
