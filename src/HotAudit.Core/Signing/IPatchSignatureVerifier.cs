using HotAudit.Core.Data;

namespace HotAudit.Core.Signing;

/// <summary>Verifies patch manifest signatures offline (clauses 6 b and 7.2 e; rules HU-SIG-02 and HU-SIG-03).</summary>
public interface IPatchSignatureVerifier
{
    /// <summary>
    /// Checks one manifest row (columns of the <c>patches</c> schema). <paramref name="publishAlgorithm"/> is the
    /// <c>signature_alg</c> of the patch's first publish row, used when the manifest names none. Patch files are read
    /// relative to <paramref name="caseDirectory"/> (never outside it) and keys from <paramref name="keysDirectory"/>
    /// as <c>&lt;key_id&gt;.pem</c>.
    /// </summary>
    SignatureCheck Check(ReferenceRow manifest, string? publishAlgorithm, string caseDirectory, string keysDirectory);
}
