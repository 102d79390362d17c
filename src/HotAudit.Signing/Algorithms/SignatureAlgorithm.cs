namespace HotAudit.Signing.Algorithms;

/// <summary>A parsed algorithm: what to verify with, and the name it was given (or the one inferred from the key).</summary>
internal sealed record SignatureAlgorithm(SignatureFamily Family, DigestKind Digest, string Name)
{
    /// <summary>HU-SIG-03: the algorithm uses MD5 or SHA-1 digests.</summary>
    public bool IsWeakDigest => Digest is DigestKind.Md5 or DigestKind.Sha1;
}
