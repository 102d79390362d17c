namespace HotAudit.Core.Engine.Lookups;

/// <summary>The known digests of one patch, by kind: 32 hex characters are MD5, 64 are SHA-256 (RULES.md, HU-SIG-06).</summary>
internal sealed class PatchDigests
{
    private readonly HashSet<string> _md5 = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sha256 = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _all = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a digest, filed by its length.</summary>
    public void Add(string digest)
    {
        var d = digest.Trim();
        _all.Add(d);
        if (d.Length == 32)
        {
            _md5.Add(d);
        }
        else if (d.Length == 64)
        {
            _sha256.Add(d);
        }
    }

    /// <summary>Adds a manifest digest (its length, not its column, says which kind it is: exports put MD5s under sha256 too).</summary>
    public void AddKnown(string? digest)
    {
        if (!string.IsNullOrWhiteSpace(digest))
        {
            Add(digest);
        }
    }

    /// <summary>Whether a reported digest is known; null when no digest of its kind is known.</summary>
    public bool? Matches(string reported)
    {
        var r = reported.Trim();
        var set = r.Length switch { 32 => _md5, 64 => _sha256, _ => _all };
        return set.Count == 0 ? null : set.Contains(r);
    }
}
