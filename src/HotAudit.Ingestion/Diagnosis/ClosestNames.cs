namespace HotAudit.Ingestion;

/// <summary>The known names nearest to a mistyped one, by edit distance over lower-case letters and digits only.</summary>
public static class ClosestNames
{
    /// <summary>Up to three of <paramref name="known"/> within a few edits of <paramref name="name"/>, nearest first.</summary>
    public static IReadOnlyList<string> Of(string name, IEnumerable<string> known)
    {
        var n = Normalize(name);
        var limit = Math.Max(2, n.Length / 3);
        return [.. known.Select(k => (Name: k, Distance: Distance(n, Normalize(k))))
            .Where(x => x.Distance <= limit).OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Take(3).Select(x => x.Name)];
    }

    private static string Normalize(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
