namespace HotAudit.Signing;

/// <summary>One signature to check, with everything located.</summary>
/// <param name="PatchId">The patch, for the result.</param>
/// <param name="Signature">Base64 signature text, or the JWT for <c>codepush-jwt</c>.</param>
/// <param name="Algorithm">The algorithm named (manifest, else publish row), or null.</param>
/// <param name="Format">The <c>signature_format</c>, or null for <c>raw</c>.</param>
/// <param name="KeyPath">The PEM file of the key.</param>
/// <param name="ContentPath">The patch file or folder, or null when there is none to read.</param>
/// <param name="Sm2Id">The SM2 distinguishing identifier named (<c>sm2_id</c>, <c>--sm2-id</c>), or null to try the usual ones.</param>
internal sealed record SignatureRequest(string PatchId, string Signature, string? Algorithm, string? Format, string KeyPath, string? ContentPath,
    string? Sm2Id = null);
