using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>Finds the inputs of a case folder by the name patterns of DATA-CONTRACT.md and reads its optional case file.</summary>
public static class CaseDiscovery
{
    /// <summary>Describes the case in <paramref name="caseDir"/>.</summary>
    /// <exception cref="CaseInputException">The folder does not exist, or its <c>hotaudit.case.yaml</c> is malformed.</exception>
    public static CaseManifest Discover(string caseDir) => Discover(caseDir, null);

    /// <summary>
    /// Describes the case in <paramref name="caseDir"/> with its mapping: <paramref name="mapping"/> (from the command
    /// line: a shipped mapping's name or a path) wins over the case file's <c>mapping</c> and the case's <c>mapping.yaml</c>.
    /// </summary>
    /// <param name="caseDir">The case folder.</param>
    /// <param name="mapping">The mapping given on the command line, or null.</param>
    /// <param name="shippedMappings">The folder of shipped mappings (default: <c>mappings/</c> beside the executable).</param>
    /// <exception cref="CaseInputException">The folder does not exist, or its case file or mapping is missing or malformed.</exception>
    public static CaseManifest Discover(string caseDir, string? mapping, string? shippedMappings = null)
    {
        var manifest = DiscoverFiles(caseDir);
        return manifest with
        {
            Mapping = MappingLocator.Resolve(mapping, manifest.MappingReference, manifest.Directory,
                shippedMappings ?? MappingLocator.DefaultShippedFolder),
        };
    }

    private static CaseManifest DiscoverFiles(string caseDir)
    {
        var dir = Path.GetFullPath(caseDir);
        if (!Directory.Exists(dir))
        {
            throw new CaseInputException($"{caseDir}: no such case folder");
        }
        var keys = Path.Combine(dir, "keys");
        var attestations = Path.Combine(dir, "attestations.yaml");
        var manifest = new CaseManifest(dir, null, null, null, null, null, null, null, null,
            new Dictionary<string, string>(), FindFiles(dir), Directory.Exists(keys) ? keys : null,
            File.Exists(attestations) ? attestations : null) { Skipped = SkippedInputs.Find(dir) };
        var caseFile = Path.Combine(dir, CaseFileParser.FileName);
        return File.Exists(caseFile) ? CaseFileParser.Apply(manifest, caseFile) : manifest;
    }

    private static Dictionary<InputKind, IReadOnlyList<string>> FindFiles(string dir)
    {
        var byKind = new Dictionary<InputKind, List<string>>();
        foreach (var path in Directory.EnumerateFiles(dir))
        {
            if (InputFileNames.KindOf(Path.GetFileName(path)) is { } kind)
            {
                (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(path);
            }
        }
        var result = new Dictionary<InputKind, IReadOnlyList<string>>();
        foreach (var (kind, list) in byKind)
        {
            list.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
            result[kind] = list;
        }
        return result;
    }
}
