namespace HotAudit.Core.Expressions;

/// <summary>
/// The joins rule expressions can make with the operation log and reference data. Arguments and results are
/// symbols; a null result means "cannot be judged" (the data needed is missing), which never fires a rule.
/// </summary>
public interface ICaseLookups
{
    /// <summary>Whether any <c>publish</c> row names the patch.</summary>
    bool IsPublished(int patchId);

    /// <summary>Whether a <c>publish</c> row or a manifest row of the patch carries a signature.</summary>
    bool IsSigned(int patchId);

    /// <summary>
    /// Whether a reported digest equals a known digest of the patch of the same kind (32 hex = MD5, 64 = SHA-256, other = any);
    /// null when no digest of that kind is known.
    /// </summary>
    bool? DigestMatches(int patchId, int reportedHash);

    /// <summary>The app version of the patch's first <c>publish</c> or <c>patch_upload</c> row, else its manifest's; 0 when unknown.</summary>
    int PatchAppVersion(int patchId);

    /// <summary>The app id of the patch's first <c>publish</c> or <c>patch_upload</c> row, else its manifest's; 0 when unknown.</summary>
    int PatchAppId(int patchId);
}
