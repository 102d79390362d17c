namespace HotAudit.Core.Signing;

/// <summary>What offline verification of a patch signature concluded.</summary>
public enum SignatureOutcome
{
    /// <summary>The signature verifies with the named key over what the format says was signed.</summary>
    Valid,

    /// <summary>The signature does not verify (bad signature, digest mismatch, tampered content, truncated signature).</summary>
    Invalid,

    /// <summary>The key id names no key in <c>keys/</c>.</summary>
    UnknownKey,

    /// <summary>Cannot be judged: no signature, no patch file, or no keys folder.</summary>
    NotJudged,

    /// <summary>The algorithm or signature format is not one HotAudit knows, or the key cannot be read.</summary>
    Unsupported,
}
