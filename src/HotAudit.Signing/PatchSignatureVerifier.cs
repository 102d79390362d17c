using HotAudit.Core.Data;
using HotAudit.Core.Signing;

namespace HotAudit.Signing;

/// <summary>
/// Offline verification of patch signatures as RULES.md (HU-SIG-02, HU-SIG-03) defines it: RSA PKCS#1 v1.5 and PSS
/// (any salt length), ECDSA (DER), SM2 with SM3 (the manifest's <c>sm2_id</c>, else the GM/T default user id, then the
/// empty one OpenSSL 3 signs with), pure Ed25519; over the patch file
/// (<c>raw</c>), the hex of its SHA-256 (<c>digest-hex</c>), a manifest file (<c>manifest</c>) or a CodePush JWT's
/// <c>contentHash</c> (<c>codepush-jwt</c>). Bad input (garbage keys, malformed signatures) gives an outcome with a
/// reason, never an exception.
/// </summary>
public sealed class PatchSignatureVerifier : IPatchSignatureVerifier
{
    /// <inheritdoc/>
    public SignatureCheck Check(ReferenceRow manifest, string? publishAlgorithm, string caseDirectory, string keysDirectory)
    {
        var patchId = manifest["patch_id"] ?? string.Empty;
        var algorithm = manifest["signature_alg"] ?? publishAlgorithm;
        if (string.IsNullOrWhiteSpace(manifest["signature"]))
        {
            return SignatureReasons.Check(patchId, SignatureOutcome.NotJudged, false, SignatureReasons.NoSignature, algorithm);
        }
        if (!Directory.Exists(keysDirectory))
        {
            return SignatureReasons.Check(patchId, SignatureOutcome.NotJudged, false, SignatureReasons.NoKeysFolder, algorithm);
        }
        var keyId = manifest["key_id"] ?? string.Empty;
        if (CasePaths.Key(keysDirectory, keyId) is not { } keyPath)
        {
            var weak = SignatureEvaluation.WeakName(algorithm);
            return SignatureReasons.Check(patchId, SignatureOutcome.UnknownKey, weak is not null, SignatureReasons.Join(SignatureReasons.UnknownKey(keyId), weak)!, algorithm);
        }
        var content = CasePaths.Content(caseDirectory, manifest["file"]);
        return SignatureEvaluation.Evaluate(
            new SignatureRequest(patchId, manifest["signature"]!, algorithm, manifest["signature_format"], keyPath, content, manifest["sm2_id"]));
    }

    /// <summary>
    /// Checks one signature given directly (<c>hotaudit verify PATCH_FILE</c>): <paramref name="signature"/> is base64
    /// text (or the JWT for <c>codepush-jwt</c>), <paramref name="keyPath"/> a PEM file; the patch id is the file name.
    /// <paramref name="sm2Id"/> is the SM2 distinguishing identifier (may be empty), or null to try the usual ones.
    /// </summary>
    public SignatureCheck CheckFile(string patchPath, string signature, string keyPath, string? algorithm, string? format, string? sm2Id = null)
    {
        var content = File.Exists(patchPath) || Directory.Exists(patchPath) ? Path.GetFullPath(patchPath) : null;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(patchPath));
        return SignatureEvaluation.Evaluate(new SignatureRequest(name, signature, algorithm, format, keyPath, content, sm2Id));
    }
}
