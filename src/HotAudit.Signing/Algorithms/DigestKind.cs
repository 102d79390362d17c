namespace HotAudit.Signing.Algorithms;

/// <summary>The message digests an algorithm name can ask for.</summary>
internal enum DigestKind
{
    Sha256,
    Sha384,
    Sha512,
    Sha224,
    Sha1,
    Md5,
    Sm3,

    /// <summary>The algorithm hashes internally (Ed25519).</summary>
    None,
}
