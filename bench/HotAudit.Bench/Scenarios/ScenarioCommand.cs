using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HotAudit.Bench.Scenarios;

/// <summary>
/// <c>scenario FAMILY DIR [--seed S]</c>: writes one case of a family into DIR and what it injected into
/// <c>DIR.truth.json</c> beside it (snake_case keys, days as yyyy-MM-dd).
/// </summary>
internal static class ScenarioCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static int Run(string[] args)
    {
        var family = ScenarioFamilies.Find(args[0]);
        if (family is null)
        {
            Console.Error.WriteLine($"unknown scenario family '{args[0]}'; known: {string.Join(", ", ScenarioFamilies.All.Select(f => f.Name))}");
            return 2;
        }
        var dir = Path.GetFullPath(args[1]).TrimEnd(Path.DirectorySeparatorChar);
        var i = Array.IndexOf(args, "--seed");
        var seed = i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 1;
        var clock = Stopwatch.StartNew();
        var truth = family.Write(dir, seed);
        File.WriteAllText(dir + ".truth.json", JsonSerializer.Serialize(truth, Json) + "\n");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{family.Name} seed {seed}: {dir} in {clock.Elapsed.TotalSeconds:F1} s; {truth.Anomalies.Count} anomalies, {truth.Controls.Count} controls; truth in {dir}.truth.json"));
        return 0;
    }
}
