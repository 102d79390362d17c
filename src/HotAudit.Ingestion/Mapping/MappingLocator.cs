namespace HotAudit.Ingestion;

/// <summary>
/// Finds the mapping of a case: <c>--mapping</c> wins, then <c>mapping:</c> in the case file, then a <c>mapping.yaml</c>
/// in the case folder. A bare name (no folder, no .yaml/.yml) is a mapping shipped with HotAudit; anything else is a path.
/// </summary>
internal static class MappingLocator
{
    /// <summary>The mapping file a case folder may hold.</summary>
    public const string CaseFileName = "mapping.yaml";

    /// <summary>The folder of the shipped mappings: <c>mappings/</c> beside the executable.</summary>
    public static string DefaultShippedFolder => Path.Combine(AppContext.BaseDirectory, "mappings");

    /// <summary>The mapping that applies, or null. <paramref name="commandLine"/> is relative to the working folder.</summary>
    public static CaseMapping? Resolve(string? commandLine, string? caseFileReference, string caseDir, string shippedFolder)
    {
        if (!string.IsNullOrWhiteSpace(commandLine))
        {
            return Load(commandLine.Trim(), Directory.GetCurrentDirectory(), shippedFolder, "--mapping");
        }
        if (!string.IsNullOrWhiteSpace(caseFileReference))
        {
            return Load(caseFileReference.Trim(), caseDir, shippedFolder, $"{CaseFileParser.FileName}: mapping");
        }
        var local = Path.Combine(caseDir, CaseFileName);
        return File.Exists(local) ? MappingParser.Parse(local, CaseFileName) : null;
    }

    /// <summary>Whether a reference names a shipped mapping rather than a file.</summary>
    public static bool IsBareName(string reference) =>
        reference.IndexOfAny(['/', '\\']) < 0
        && !reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        && !reference.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the shipped mappings, sorted.</summary>
    public static IReadOnlyList<string> Shipped(string shippedFolder) =>
        Directory.Exists(shippedFolder)
            ? [.. Directory.EnumerateFiles(shippedFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    private static CaseMapping Load(string reference, string baseDir, string shippedFolder, string origin)
    {
        if (IsBareName(reference))
        {
            var shipped = Path.Combine(shippedFolder, reference.ToLowerInvariant() + ".yaml");
            return File.Exists(shipped) ? MappingParser.Parse(shipped, reference.ToLowerInvariant())
                : throw new CaseInputException($"{origin}: no shipped mapping '{reference}' (shipped: {string.Join(", ", Shipped(shippedFolder))}; give a path to use a file)");
        }
        var path = Path.GetFullPath(reference, baseDir);
        return File.Exists(path) ? MappingParser.Parse(path, Path.GetFileName(path))
            : throw new CaseInputException($"{origin}: no such mapping file '{reference}'");
    }
}
