namespace HotAudit.Cli.Commands;

/// <summary>The report formats of <c>assess --format</c>: comma-separated, the option repeated, or both.</summary>
internal static class FormatOption
{
    /// <summary>The union of every <c>--format</c> value's comma-separated names, lower-cased, each once, first mention first.</summary>
    public static IReadOnlyList<string> Union(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
}
