using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Engine.Lookups;
using HotAudit.Core.Expressions;
using HotAudit.Core.Quality;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>The joins rule expressions make with the operation log and the reference data, indexed once per case.</summary>
internal sealed class CaseLookups : ICaseLookups
{
    private readonly PatchIndex _patches;
    private readonly RosterIndex _roster;
    private readonly ActivationTimeline _timeline;
    private readonly TargetingIndex _targeting;
    private readonly TenantIndex _tenants;
    private readonly AppSignatureIndex _signatures;
    private readonly SignatureIndex _verified;

    /// <summary>Indexes the operation log (sorted by time, file, line) and the reference data of a case.</summary>
    public CaseLookups(SymbolTable symbols, IReadOnlyList<Record> operationsByTime, ReferenceData references, IReadOnlyList<string> fileNames,
        string? caseDirectory, TimeSpan offset, Signing.IPatchSignatureVerifier? verifier = null)
    {
        var ops = new OperationView(symbols);
        _patches = new PatchIndex(ops, operationsByTime, references.Rows(InputKind.Patches), references.PatchFileDigests);
        _roster = new RosterIndex(symbols, references.Rows(InputKind.Operators), offset, references.Has(InputKind.Operators));
        _timeline = new ActivationTimeline(ops, operationsByTime, _patches);
        _targeting = new TargetingIndex(ops, operationsByTime, fileNames, Issues);
        _tenants = new TenantIndex(ops, operationsByTime, references.Rows(InputKind.Tenants));
        _signatures = new AppSignatureIndex(symbols, references.Rows(InputKind.AppSignatures));
        _verified = new SignatureIndex(ops, operationsByTime, references.Rows(InputKind.Patches), verifier, caseDirectory, references.KeysDirectory);
    }

    /// <summary>Data-quality issues found while indexing (targeting conditions that do not parse).</summary>
    public List<DataQualityIssue> Issues { get; } = [];

    /// <inheritdoc/>
    public bool IsPublished(int patchId) => _patches.Published.Contains(patchId);

    /// <inheritdoc/>
    public bool IsSigned(int patchId) => _patches.IsSigned(patchId);

    /// <inheritdoc/>
    public bool? DigestMatches(int patchId, int reportedHash) => _patches.DigestMatches(patchId, reportedHash);

    /// <inheritdoc/>
    public int PatchAppVersion(int patchId) => _patches.AppVersion(patchId);

    /// <inheritdoc/>
    public int PatchReleaseVersion(int patchId) => _patches.ReleaseVersion(patchId);

    /// <inheritdoc/>
    public int PatchAppId(int patchId) => _patches.AppId(patchId);

    /// <inheritdoc/>
    public bool? Authorized(int operatorName, int action, long ts) => _roster.Authorized(operatorName, action, ts);

    /// <inheritdoc/>
    public bool ReleasedBy(int patchId, int operatorName) => _patches.ReleasedBy(patchId, operatorName);

    /// <inheritdoc/>
    public bool? PublishedForVersion(int patchId, int appVersion) => _patches.PublishedForVersion(patchId, appVersion);

    /// <inheritdoc/>
    public double? HoursSinceActive(int patchId, long ts) => _timeline.HoursSinceActive(patchId, ts);

    /// <inheritdoc/>
    public bool? ActiveAt(int patchId, long ts) => _timeline.ActiveAt(patchId, ts);

    /// <inheritdoc/>
    public bool RolledBackAt(int appId, int appVersion, long ts) => _timeline.RolledBackAt(appId, appVersion, ts);

    /// <inheritdoc/>
    public bool? TargetingMet(int patchId, in Record row) => _targeting.Met(patchId, row);

    /// <inheritdoc/>
    public long? TenantFirstPublish(int tenantId) => _tenants.First(tenantId);

    /// <inheritdoc/>
    public long? TenantLastPublish(int tenantId) => _tenants.Last(tenantId);

    /// <inheritdoc/>
    public int TesterResult(int appName, int appVersion) => _signatures.Result(appName, appVersion);

    /// <inheritdoc/>
    public Signing.SignatureCheck? Signature(int patchId) => _verified.Of(patchId);
}
