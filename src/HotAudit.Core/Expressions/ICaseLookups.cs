using HotAudit.Core.Data;

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

    /// <summary>The app version of the patch's first <c>publish</c> or <c>patch_upload</c> row only (no manifest fallback); 0 when unknown.</summary>
    int PatchReleaseVersion(int patchId);

    /// <summary>The app id of the patch's first <c>publish</c> or <c>patch_upload</c> row, else its manifest's; 0 when unknown.</summary>
    int PatchAppId(int patchId);

    /// <summary>Whether the roster lets the operator do the action at that instant; null without a roster.</summary>
    bool? Authorized(int operatorName, int action, long ts);

    /// <summary>Whether the operator uploaded or published the patch.</summary>
    bool ReleasedBy(int patchId, int operatorName);

    /// <summary>Whether the app version is among the versions of the patch's publish rows; null when no publish row names a version.</summary>
    bool? PublishedForVersion(int patchId, int appVersion);

    /// <summary>Hours since the patch's last active stretch ended; null when it is active at that instant or was never active before it.</summary>
    double? HoursSinceActive(int patchId, long ts);

    /// <summary>
    /// Whether the last <c>publish</c>, <c>set_active</c> or <c>deactivate</c> of the app version at or before that instant
    /// was a rollback (<c>set_active</c>, <c>deactivate</c>): the server has sent the version's devices back, and no
    /// publish has come since. False when the log has none.
    /// </summary>
    bool RolledBackAt(int appId, int appVersion, long ts) => false;

    /// <summary>Whether the patch is the active one of its app version at that instant; null when it never was active.</summary>
    bool? ActiveAt(int patchId, long ts);

    /// <summary>Whether the row satisfies the targeting condition of the patch's publish in force at its time; null when not conditional or unreadable.</summary>
    bool? TargetingMet(int patchId, in Record row);

    /// <summary>The first publish of a tenant's apps (or naming the tenant), or null.</summary>
    long? TenantFirstPublish(int tenantId);

    /// <summary>The last publish of a tenant's apps (or naming the tenant), or null.</summary>
    long? TenantLastPublish(int tenantId);

    /// <summary>The tester result ('0' or '1', as a symbol) of an app version's valid tester code, '1' if any says 1; 0 when none.</summary>
    int TesterResult(int appName, int appVersion);

    /// <summary>The offline verification of the patch's manifest signature, or null when it was not checked (no signature, no keys folder).</summary>
    Signing.SignatureCheck? Signature(int patchId);
}
