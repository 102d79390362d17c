namespace HotAudit.Signing.Verification;

/// <summary>Whether a signature verified, and if not, why (in plain words).</summary>
internal sealed record VerifyResult(bool Verified, string Reason)
{
    public static readonly VerifyResult Ok = new(true, "signature verifies");

    public static readonly VerifyResult BadSignature = new(false, "bad signature");

    public static readonly VerifyResult Truncated = new(false, "truncated signature");

    public static VerifyResult Fail(string reason) => new(false, reason);
}
