using System.Text;

namespace HotAudit.Signing.Verification;

/// <summary>
/// The SM2 distinguishing identifiers (distid, GM/T 0009's "user id") to try, each with how the result names it.
/// Vendors sign with whatever their toolchain does: GM/T 0009 and OpenSSL 1.1.1 use <c>1234567812345678</c>, OpenSSL 3
/// signs with an empty identifier unless <c>-pkeyopt distid:...</c> is given. With no identifier named both are tried,
/// the GM/T default first; an identifier named (<c>--sm2-id</c>, a manifest's <c>sm2_id</c>) is the only one tried.
/// </summary>
internal static class Sm2Identifiers
{
    /// <summary>The GM/T 0009 default identifier.</summary>
    public const string GmtDefault = "1234567812345678";

    /// <summary>The identifiers to try, in order: the one named, else the GM/T default then the empty one.</summary>
    public static IReadOnlyList<Sm2Identifier> Candidates(string? named) => named is null
        ? [new(Encoding.UTF8.GetBytes(GmtDefault), SignatureReasons.Distid(GmtDefault, given: false)), new([], SignatureReasons.Distid("", given: false))]
        : [new(Encoding.UTF8.GetBytes(named), SignatureReasons.Distid(named, given: true))];

    /// <summary>The reason when none verified.</summary>
    public static Core.Rules.LocalizedText Tried(string? named) => SignatureReasons.Sm2NotVerified(named, GmtDefault);
}
