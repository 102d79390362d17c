using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>What the operation log and the manifests say of each patch: published, signed, digests, versions, who released it.</summary>
internal sealed class PatchIndex
{
    private static int _indexes;

    [ThreadStatic]
    private static (int Index, int Patch, int Hash, bool? Matches) _lastDigest;

    private readonly int _id = Interlocked.Increment(ref _indexes);
    private readonly SymbolTable _symbols;
    private readonly HashSet<int> _published = [];
    private readonly HashSet<int> _signed = [];
    private readonly Dictionary<int, PatchDigests> _digests = [];
    private readonly Dictionary<int, (int App, int Version)> _firstRelease = [];
    private readonly Dictionary<int, (int App, int Version)> _manifest = [];
    private readonly Dictionary<int, HashSet<int>> _releasers = [];
    private readonly Dictionary<int, HashSet<int>> _publishedVersions = [];

    public PatchIndex(OperationView ops, IReadOnlyList<Record> byTime, IReadOnlyList<ReferenceRow> manifests, IReadOnlyDictionary<string, IReadOnlyList<string>> fileDigests)
    {
        _symbols = ops.Symbols;
        foreach (var row in byTime)
        {
            Index(ops, row);
        }
        foreach (var m in manifests)
        {
            IndexManifest(m, fileDigests);
        }
    }

    public IReadOnlyCollection<int> Published => _published;

    public bool IsSigned(int patch) => _signed.Contains(patch);

    /// <summary>
    /// Whether a reported digest is a known one of the patch (null when none of its kind is known). A device reports one
    /// patch's digest on several events in a row, so each thread remembers its last answer (per index, by a number
    /// rather than a reference: a thread outliving the run keeps nothing of it alive) instead of hashing the text again.
    /// </summary>
    public bool? DigestMatches(int patch, int hash)
    {
        var last = _lastDigest;
        if (last.Index == _id && last.Patch == patch && last.Hash == hash)
        {
            return last.Matches;
        }
        var matches = _digests.TryGetValue(patch, out var d) ? d.Matches(_symbols[hash]) : null;
        _lastDigest = (_id, patch, hash, matches);
        return matches;
    }

    public int AppVersion(int patch) =>
        _firstRelease.TryGetValue(patch, out var r) && r.Version != 0 ? r.Version : _manifest.GetValueOrDefault(patch).Version;

    public int ReleaseVersion(int patch) => _firstRelease.TryGetValue(patch, out var r) ? r.Version : SymbolTable.None;

    public int AppId(int patch) => _firstRelease.TryGetValue(patch, out var r) && r.App != 0 ? r.App : _manifest.GetValueOrDefault(patch).App;

    public bool ReleasedBy(int patch, int op) => _releasers.TryGetValue(patch, out var set) && set.Contains(op);

    public bool? PublishedForVersion(int patch, int version) =>
        _publishedVersions.TryGetValue(patch, out var set) && set.Count > 0 ? set.Contains(version) : null;

    private void Index(OperationView ops, in Record row)
    {
        var action = ops.Action(row);
        var patch = ops[row, "patch_id"];
        if (patch == SymbolTable.None || action is not ("publish" or "patch_upload"))
        {
            return;
        }
        _firstRelease.TryAdd(patch, (ops[row, "app_id"], ops[row, "app_version"]));
        Set(_releasers, patch).Add(ops[row, "operator"]);
        if (action != "publish")
        {
            return;
        }
        _published.Add(patch);
        if (ops[row, "app_version"] is var version and not SymbolTable.None)
        {
            Set(_publishedVersions, patch).Add(version);
        }
        if (ops[row, "signature"] != SymbolTable.None)
        {
            _signed.Add(patch);
        }
        if (ops.Text(row, "patch_hash") is { } hash)
        {
            Digests(patch).Add(hash);
        }
    }

    private void IndexManifest(ReferenceRow m, IReadOnlyDictionary<string, IReadOnlyList<string>> fileDigests)
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
        if (m["file"] is { } file && fileDigests.TryGetValue(file, out var ofFile))
        {
            foreach (var digest in ofFile)
            {
                d.Add(digest);
            }
        }
    }

    private static HashSet<int> Set(Dictionary<int, HashSet<int>> map, int key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }
        return set;
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
