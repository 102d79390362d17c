using System.Globalization;
using System.Text.Json;
using HotAudit.Cli.Samples;

namespace HotAudit.Bench;

/// <summary>
/// <c>quality [seeds] [devices] [days]</c>: generates cases with injected anomaly days (publish burst, silent background
/// applies, failure spike, http downgrade) and clean cases for each seed, assesses them with the anomaly monitor, and
/// prints recall and precision of the injected days and the flag rate per 1,000 vectors on the clean cases.
/// </summary>
internal static class Quality
{
    public static int Run(string[] args)
    {
        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var devices = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 75;
        var root = Path.Combine(Path.GetTempPath(), "hotaudit-quality");
        var (tp, fp, fn, cleanFlags, cleanVectors) = (0, 0, 0, 0, 0);
        Console.WriteLine("seed  injected  flagged  hits  recall  precision  | clean vectors  clean flags  per 1,000");
        for (var seed = 1; seed <= seeds; seed++)
        {
            var (truth, flagged, _) = Assess(Path.Combine(root, $"inj-{seed}"), new SampleOptions("", devices, days, seed, ["burst", "silent", "failure", "http"], false));
            var hits = truth.Count(flagged.Contains);
            var (_, cleanFlagged, vectors) = Assess(Path.Combine(root, $"clean-{seed}"), new SampleOptions("", devices, days, seed + 1000, [], false));
            (tp, fp, fn) = (tp + hits, fp + flagged.Count - hits, fn + truth.Count - hits);
            (cleanFlags, cleanVectors) = (cleanFlags + cleanFlagged.Count, cleanVectors + vectors);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed,4}  {truth.Count,8}  {flagged.Count,7}  {hits,4}  {Ratio(hits, truth.Count),6:F2}  {Ratio(hits, flagged.Count),9:F2}  | {vectors,13}  {cleanFlagged.Count,11}  {1000.0 * cleanFlagged.Count / Math.Max(1, vectors),9:F2}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all   recall {Ratio(tp, tp + fn):F3}  precision {Ratio(tp, tp + fp):F3}  clean flags {cleanFlags} / {cleanVectors} vectors = {1000.0 * cleanFlags / Math.Max(1, cleanVectors):F2} per 1,000"));
        return 0;
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    /// <summary>Writes the case, assesses it in process, and returns the injected days, the flagged days and the vectors scored.</summary>
    private static (HashSet<string> Truth, HashSet<string> Flagged, int Vectors) Assess(string dir, SampleOptions options)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        SampleCase.Write(options with { Directory = dir });
        var output = dir + "-out";
        var stderr = Console.Error;
        Console.SetError(TextWriter.Null);
        HotAudit.Cli.Program.Main(["assess", dir, "--out", output, "--format", "json", "--fail-on", "none"]).GetAwaiter().GetResult();
        Console.SetError(stderr);
        using var findings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "findings.json")));
        using var truth = JsonDocument.Parse(File.ReadAllBytes(TruthFile.PathFor(dir)));
        static string Key(JsonElement e) => $"{e.GetProperty("app_id").GetString()}|{e.GetProperty("app_version").GetString()}|{e.GetProperty("day").GetString()}";
        var anomalies = findings.RootElement.GetProperty("anomalies");
        return (truth.RootElement.GetProperty("anomaly_days").EnumerateArray().Select(Key).ToHashSet(),
            anomalies.EnumerateArray().Where(a => a.GetProperty("flagged").GetBoolean()).Select(Key).ToHashSet(), anomalies.GetArrayLength());
    }
}
