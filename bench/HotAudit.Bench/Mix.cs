using System.IO.Compression;

namespace HotAudit.Bench;

/// <summary>
/// How a generated case's telemetry is spread over file formats. <c>csv</c> (the default, as every earlier round
/// measured): the first half of the days as a CSV with BOM, the second half as JSON Lines. <c>jsonl</c>: JSON Lines
/// heavy, the first 10 % of the days as CSV and 90 % as one large JSON Lines file. <c>gzip</c>: gzip heavy, 90 % of the
/// days as a gzip CSV and 10 % as a gzip JSON Lines file (nothing stored plain).
/// </summary>
internal sealed record Mix(string Name, double CsvShare, bool Gzip)
{
    public static readonly Mix CsvAndJsonl = new("csv", 0.5, false);
    public static readonly Mix JsonlHeavy = new("jsonl", 0.1, false);
    public static readonly Mix GzipHeavy = new("gzip", 0.9, true);

    public static IReadOnlyList<Mix> All { get; } = [CsvAndJsonl, JsonlHeavy, GzipHeavy];

    public bool IsDefault => Name == CsvAndJsonl.Name;

    /// <summary>The mix named <paramref name="name"/>.</summary>
    public static Mix Parse(string name) => All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"unknown mix '{name}' (csv, jsonl, gzip)", nameof(name));

    /// <summary><c>--mix a,b</c> (default csv).</summary>
    public static IReadOnlyList<Mix> FromArgs(string[] args)
    {
        var i = Array.IndexOf(args, "--mix");
        return i >= 0 && i + 1 < args.Length ? [.. args[i + 1].Split(',').Select(Parse)] : [CsvAndJsonl];
    }

    /// <summary>Compresses the case's telemetry files in place (<c>name</c> → <c>name.gz</c>) when the mix asks for it.</summary>
    public void Finish(string dir)
    {
        if (!Gzip)
        {
            return;
        }
        foreach (var file in Directory.GetFiles(dir, "telemetry*").Where(f => !f.EndsWith(".gz", StringComparison.Ordinal)))
        {
            using (var source = File.OpenRead(file))
            using (var target = new GZipStream(File.Create(file + ".gz"), CompressionLevel.Optimal))
            {
                source.CopyTo(target, 1 << 20);
            }
            File.Delete(file);
        }
    }
}
