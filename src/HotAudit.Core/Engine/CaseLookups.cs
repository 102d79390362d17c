using System.Security.Cryptography;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>The joins rule expressions make with the operation log and the patch manifests, indexed once per case.</summary>
public sealed class CaseLookups : ICaseLookups
{
    private static readonly Schema Ops = Schemas.Operations;
    private readonly SymbolTable _symbols;
    private readonly HashSet<int> _published = [];
    private readonly HashSet<int> _signed = [];
    private readonly Dictionary<int, PatchDigests> _digests = [];
    private readonly Dictionary<int, (int App, int Version)> _firstRelease = [];
    private readonly Dictionary<int, (int App, int Version)> _manifest = [];

    /// <summary>Indexes the operation log (sorted by time) and the manifests; patch files are hashed when they are inside <paramref name="caseDirectory"/>.</summary>
    public CaseLookups(SymbolTable symbols, IReadOnlyList<Record> operationsByTime, IReadOnlyList<ReferenceRow> manifests, string? caseDirectory)
    {
        _symbols = symbols;
        foreach (var row in operationsByTime)
        {
            IndexOperation(row);
        }
        foreach (var m in manifests)
        {
            IndexManifest(m, caseDirectory);
        }
    }

    /// <inheritdoc/>
    public bool IsPublished(int patchId) => _published.Contains(patchId);

    /// <inheritdoc/>
    public bool IsSigned(int patchId) => _signed.Contains(patchId);

    /// <inheritdoc/>
    public bool? DigestMatches(int patchId, int reportedHash) =>
        _digests.TryGetValue(patchId, out var d) ? d.Matches(_symbols[reportedHash]) : null;

    /// <inheritdoc/>
    public int PatchAppVersion(int patchId) =>
        _firstRelease.TryGetValue(patchId, out var r) && r.Version != 0 ? r.Version : _manifest.GetValueOrDefault(patchId).Version;

    /// <inheritdoc/>
    public int PatchAppId(int patchId) =>
        _firstRelease.TryGetValue(patchId, out var r) && r.App != 0 ? r.App : _manifest.GetValueOrDefault(patchId).App;

    private void IndexOperation(in Record row)
    {
        var action = _symbols[row.Fields[Ops.Slot("action")]];
        var patch = row.Fields[Ops.Slot("patch_id")];
        if (patch == SymbolTable.None)
        {
            return;
        }
        if (action is "publish" or "patch_upload" && !_firstRelease.ContainsKey(patch))
        {
            _firstRelease[patch] = (row.Fields[Ops.Slot("app_id")], row.Fields[Ops.Slot("app_version")]);
        }
        if (action != "publish")
        {
            return;
        }
        _published.Add(patch);
        if (row.Fields[Ops.Slot("signature")] != SymbolTable.None)
        {
            _signed.Add(patch);
        }
        if (row.Fields[Ops.Slot("patch_hash")] is var hash and not SymbolTable.None)
        {
            Digests(patch).Add(_symbols[hash]);
        }
    }

    private void IndexManifest(ReferenceRow m, string? caseDirectory)
    {
        var patch = _symbols.Intern(m["patch_id"]);
        if (patch == SymbolTable.None)
        {
            return;
        }
        _manifest[patch] = (_symbols.Intern(m["app_id"]), _symbols.Intern(m["app_version"]));
        if (!string.IsNullOrEmpty(m["signature"]))
        {
            _signed.Add(patch);
        }
        var d = Digests(patch);
        d.AddKnown(m["sha256"]);
        d.AddKnown(m["md5"]);
        if (PatchFile(caseDirectory, m["file"]) is { } path)
        {
            var bytes = File.ReadAllBytes(path);
            d.Add(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            d.Add(Convert.ToHexStringLower(MD5.HashData(bytes)));
        }
    }

    /// <summary>The full path of a manifest's patch file when it exists inside the case folder; never a path outside it.</summary>
    public static string? PatchFile(string? caseDirectory, string? relative)
    {
        if (caseDirectory is null || string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }
        var root = Path.GetFullPath(caseDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private PatchDigests Digests(int patch)
    {
        if (!_digests.TryGetValue(patch, out var d))
        {
            _digests[patch] = d = new PatchDigests();
        }
        return d;
    }
}
