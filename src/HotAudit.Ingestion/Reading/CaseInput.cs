using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>One input file of a case: its kind, full path, name relative to the case folder, format and stored size.</summary>
internal sealed record CaseInput(InputKind Kind, string Path, string Name, InputFormat Format, long Size)
{
    /// <summary>What reading the file may cost (the case's <see cref="CaseManifest.Limits"/>).</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>The kinds in the order they are read: operation log, telemetry, then reference data.</summary>
    public static readonly InputKind[] ReadOrder =
    [
        InputKind.Operations, InputKind.Telemetry, InputKind.Operators, InputKind.Patches, InputKind.Tenants,
        InputKind.Vulnerabilities, InputKind.AppSignatures,
    ];

    /// <summary>The input files of a manifest in read order.</summary>
    public static List<CaseInput> All(CaseManifest manifest)
    {
        var result = new List<CaseInput>();
        foreach (var kind in ReadOrder)
        {
            if (!manifest.Files.TryGetValue(kind, out var paths))
            {
                continue;
            }
            foreach (var path in paths)
            {
                var full = System.IO.Path.GetFullPath(path, manifest.Directory);
                var name = System.IO.Path.GetRelativePath(manifest.Directory, full).Replace('\\', '/');
                var info = new FileInfo(full);
                result.Add(new CaseInput(kind, full, name, InputFormat.Of(full), info.Exists ? info.Length : 0) { Limits = manifest.Limits });
            }
        }
        return result;
    }
}
