using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HotAudit.Bench.Scenarios;

namespace HotAudit.Bench;

/// <summary>
/// <c>quality [seeds] [family...] [--rate R] [--keep]</c>: scores the anomaly monitor on every scenario family (each an independently written
/// <see cref="IScenarioFamily"/> of <see cref="ScenarioFamilies"/>; default all) over seeds 1..seeds (default 10): each case is written,
/// assessed in process (case, DIR.truth.json and DIR-out/findings.json under the temporary folder's
/// hotaudit-quality), and its findings.json's flagged vectors compared with the family's truth. Prints per family and
/// per anomaly kind the recall and detection limit, per family the precision, the false flags per 1,000 normal vectors
/// and the negative controls flagged. <c>--rate R</c> assesses with HU-ANM-01's false_alarm_rate R instead of the pack's
/// default (what a user who raises or lowers it gets). A seed's case folder (its telemetry, ~100 MB) is deleted once it is
/// scored, its truth and findings kept; <c>--keep</c> keeps the case too (six families of ten seeds are ~10 GB).
/// </summary>
internal static class Quality
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static int Run(string[] args) => Run(args, Path.Combine(Path.GetTempPath(), "hotaudit-quality"));

    /// <summary>The benchmark with its cases under <paramref name="root"/>.</summary>
    internal static int Run(string[] args, string root)
    {
        var keep = args.Contains("--keep");
        args = [.. args.Where(a => a != "--keep")];
        var rateAt = Array.IndexOf(args, "--rate");
        var options = rateAt >= 0 && rateAt + 1 < args.Length
            ? new Dictionary<string, string> { ["HU-ANM-01.false_alarm_rate"] = args[rateAt + 1] }
            : new Dictionary<string, string>();
        args = rateAt >= 0 ? [.. args[..rateAt], .. args[Math.Min(rateAt + 2, args.Length)..]] : args;
        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var wanted = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var families = ScenarioFamilies.All.Where(f => wanted.Count == 0 || wanted.Contains(f.Name)).ToList();
        var scores = new List<FamilyScore>();
        foreach (var family in families)
        {
            var score = new FamilyScore(family.Name);
            var clock = Stopwatch.StartNew();
            for (var seed = 1; seed <= seeds; seed++)
            {
                var dir = Path.Combine(root, $"{family.Name}-{seed}");
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
                var truth = family.Write(dir, seed);
                File.WriteAllText(dir + ".truth.json", JsonSerializer.Serialize(truth, Json));
                score.Add(truth, AssessedCase.Run(dir, options));
                if (!keep)
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            score.Elapsed = clock.Elapsed;
            scores.Add(score);
            QualityTable.PrintFamily(score, seeds);
        }
        QualityTable.PrintSummary(scores);
        return 0;
    }
}
