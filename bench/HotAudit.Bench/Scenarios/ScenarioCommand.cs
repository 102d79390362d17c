using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HotAudit.Bench.Scenarios;

/// <summary>
/// <c>scenario FAMILY DIR [--seed S]</c>: writes one family's case into DIR and its truth (injected anomalies and
/// negative controls, snake_case, days as yyyy-MM-dd) to <c>DIR.truth.json</c> beside it.
/// </summary>
internal static class ScenarioCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static int Run(string[] args)
    {
        var positional = Options.Positional(args).ToList();
        var family = positional.Count == 2 ? ScenarioFamilies.Find(positional[0]) : null;
        var seedAt = Array.IndexOf(args, "--seed");
        var seed = 1;
        if (family is null || (seedAt >= 0 && (seedAt + 1 >= args.Length
            || !int.TryParse(args[seedAt + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))))
        {
            Console.Error.WriteLine($"usage: HotAudit.Bench scenario {string.Join('|', ScenarioFamilies.All.Select(f => f.Name))} DIR [--seed S]");
            return 2;
        }
        var dir = Path.GetFullPath(positional[1]);
        var watch = Stopwatch.StartNew();
        var truth = family.Write(dir, seed);
        var truthPath = dir.TrimEnd(Path.DirectorySeparatorChar) + ".truth.json";
        File.WriteAllText(truthPath, JsonSerializer.Serialize(truth, Json) + "\n");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{family.Name} seed {seed}: {truth.Anomalies.Count} anomalies, {truth.Controls.Count} controls, {watch.Elapsed.TotalSeconds:F1} s → {dir}, {truthPath}"));
        return 0;
    }
}
