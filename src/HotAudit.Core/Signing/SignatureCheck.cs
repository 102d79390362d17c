namespace HotAudit.Core.Signing;

/// <summary>The result of checking one manifest row's signature.</summary>
/// <param name="PatchId">The patch.</param>
/// <param name="Outcome">What verification concluded.</param>
/// <param name="Weak">Whether the algorithm uses MD5 or SHA-1 digests, or the key is RSA under 2048 bits (HU-SIG-03).</param>
/// <param name="Reason">One line a person can act on (e.g. "bad signature", "digest mismatch", "unknown key k9").</param>
/// <param name="Algorithm">The algorithm used (the manifest's, else the patch's first publish row's).</param>
public sealed record SignatureCheck(string PatchId, SignatureOutcome Outcome, bool Weak, string Reason, string? Algorithm)
{
    /// <summary>The reason in Chinese, when the verifier gave one.</summary>
    public string? ReasonZh { get; init; }
}
