using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>The reference inputs of a case (all optional).</summary>
/// <param name="Tables">Rows of each reference kind present (operators, patches, tenants, vulnerabilities, app_signatures);
/// a kind with no file is absent from the dictionary. Patches are already reduced to the last row per patch_id.</param>
/// <param name="KeysDirectory">Full path of the case's <c>keys/</c> folder, or null.</param>
/// <param name="Attestations">Attestations by clause id.</param>
public sealed record ReferenceData(
    IReadOnlyDictionary<InputKind, IReadOnlyList<ReferenceRow>> Tables, string? KeysDirectory,
    IReadOnlyDictionary<string, Attestation> Attestations)
{
    /// <summary>No reference data.</summary>
    public static readonly ReferenceData Empty = new(new Dictionary<InputKind, IReadOnlyList<ReferenceRow>>(), null, new Dictionary<string, Attestation>());

    /// <summary>
    /// The SHA-256 and MD5 (lower-case hex) of each patch file the manifests name, by the manifest's <c>file</c> as
    /// written; the reader of the case folder computes them (the engine reads no files). Empty when none was found.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PatchFileDigests { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Rows of a kind (empty when the case has none).</summary>
    public IReadOnlyList<ReferenceRow> Rows(InputKind kind) => Tables.TryGetValue(kind, out var rows) ? rows : [];

    /// <summary>Whether the case has a file of that kind.</summary>
    public bool Has(InputKind kind) => Tables.ContainsKey(kind);
}
