using System.Globalization;

namespace HotAudit.Core.Expressions;

/// <summary>The functions rule expressions can call: joins with the case's reference data and small conversions.</summary>
public static class Functions
{
    private static readonly Dictionary<string, FunctionDefinition> All = new FunctionDefinition[]
    {
        new("published", 1, "true when any publish row of the operation log names the patch id",
            a => (in r, c) => a[0](r, c) is { IsNull: false } v ? Value.Bool(c.Lookups.IsPublished(v.Symbol)) : Value.Null),
        new("signed", 1, "true when a publish row or the manifest of the patch carries a signature",
            a => (in r, c) => a[0](r, c) is { IsNull: false } v ? Value.Bool(c.Lookups.IsSigned(v.Symbol)) : Value.Null),
        new("digest_matches", 2, "whether a reported digest equals a known digest of the patch; null when none of that kind is known",
            a => (in r, c) =>
            {
                var patch = a[0](r, c);
                var hash = a[1](r, c);
                return patch.IsNull || hash.IsNull ? Value.Null
                    : c.Lookups.DigestMatches(patch.Symbol, hash.Symbol) is { } m ? Value.Bool(m) : Value.Null;
            }),
        new("patch_app_version", 1, "the app version of the patch's first publish or upload (else its manifest's)",
            a => (in r, c) => a[0](r, c) is { IsNull: false } v ? Value.String(c.Lookups.PatchAppVersion(v.Symbol)) : Value.Null),
        new("patch_app_id", 1, "the app id of the patch's first publish or upload (else its manifest's)",
            a => (in r, c) => a[0](r, c) is { IsNull: false } v ? Value.String(c.Lookups.PatchAppId(v.Symbol)) : Value.Null),
        new("is_null", 1, "true when the value is absent", a => (in r, c) => Value.Bool(a[0](r, c).IsNull)),
        new("tls", 1, "a TLS version as a number (TLSv1.2 -> 1.2, 1 -> 1.0), null when unreadable",
            a => (in r, c) => a[0](r, c) is { Kind: ValueKind.String } v && TlsVersion(c.Symbols[v.Symbol]) is { } n ? Value.Number(n) : Value.Null),
        new("coalesce", 2, "the first argument unless absent, else the second",
            a => (in r, c) => a[0](r, c) is { IsNull: false } v ? v : a[1](r, c)),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The function of a name, or null.</summary>
    public static FunctionDefinition? Find(string name) => All.GetValueOrDefault(name);

    /// <summary>Every function, for documentation.</summary>
    public static IEnumerable<FunctionDefinition> List => All.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>Reads a TLS version: digits and dots, optionally after <c>TLS</c> or <c>TLSv</c>; <c>1</c> means 1.0.</summary>
    public static double? TlsVersion(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("TLSv", StringComparison.OrdinalIgnoreCase))
        {
            t = t[4..];
        }
        else if (t.StartsWith("TLS", StringComparison.OrdinalIgnoreCase))
        {
            t = t[3..].TrimStart();
        }
        if (t.Length == 0 || t.Any(ch => !char.IsAsciiDigit(ch) && ch != '.') || t.StartsWith('.') || t.EndsWith('.'))
        {
            return null;
        }
        var parts = t.Split('.');
        var major = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minor = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        return major + minor / 10.0;
    }
}
