namespace HotAudit.Signing.Verification;

/// <summary>Whether a signature verified, and if not, why (in plain words).</summary>
internal sealed record VerifyResult(bool Verified, Core.Rules.LocalizedText Reason)
{
    public static readonly VerifyResult Ok = new(true, SignatureReasons.Verifies);

    public static readonly VerifyResult BadSignature = new(false, SignatureReasons.BadSignature);

    public static readonly VerifyResult Truncated = new(false, SignatureReasons.Truncated);

    public static VerifyResult Fail(Core.Rules.LocalizedText reason) => new(false, reason);
}
