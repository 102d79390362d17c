using System.Globalization;

namespace HotAudit.Bench.Scenarios;

/// <summary>Prints the quality benchmark's tables: per family and kind, then one line per family.</summary>
internal static class QualityTable
{
    public static void PrintFamily(FamilyScore s, int seeds)
    {
        Console.WriteLine(Line($"family {s.Family}: {seeds} seeds in {s.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine("  kind                  injected  found  recall  strengths (found/injected)                  limit (recall >= 0.95)");
        foreach (var kind in s.Anomalies.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var of = s.Anomalies.Where(a => a.Kind == kind).ToList();
            var found = of.Count(a => a.Found);
            var byStrength = string.Join(" ", of.GroupBy(a => Bucket(kind, a.Strength)).OrderBy(g => g.Key)
                .Select(g => Line($"{Show(kind, g.Key)}:{g.Count(a => a.Found)}/{g.Count()}")));
            var limit = s.DetectionLimit(kind) is { } l ? Show(kind, l) : "none";
            Console.WriteLine(Line($"  {kind,-20}  {of.Count,8}  {found,5}  {Ratio(found, of.Count),6:F2}  {byStrength,-42}  {limit}"));
        }
        foreach (var kind in s.Controls.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var of = s.Controls.Where(c => c.Kind == kind).ToList();
            Console.WriteLine(Line($"  control {kind,-22}  {of.Count,5}  flagged {of.Count(c => c.Flagged)}"));
        }
        foreach (var key in s.FalseFlagKeys.Take(10))
        {
            Console.WriteLine("  false flag " + key);
        }
    }

    public static void PrintSummary(IReadOnlyList<FamilyScore> scores)
    {
        Console.WriteLine();
        Console.WriteLine("family      anomalies  recall  flagged  precision  normal vectors  false flags  per 1,000  controls flagged  next to an injection  injected, unlabelled  per 1,000 with them  precision with them");
        foreach (var s in scores)
        {
            var found = s.Anomalies.Count(a => a.Found);
            Console.WriteLine(Line(
                $"{s.Family,-10}  {s.Anomalies.Count,9}  {Ratio(found, s.Anomalies.Count),6:F3}  {s.Flagged,7}  {Ratio(s.TruePositives, s.Flagged),9:F3}  {s.NormalVectors,14}  {s.FalseFlags,11}  {1000.0 * s.FalseFlags / Math.Max(1, s.NormalVectors),9:F2}  {Controls(s),16}  {Adjacent(s),20}  {Unlabelled(s),20}  {1000.0 * (s.FalseFlags + s.AdjacentFlagged + s.UnlabelledFlagged) / Math.Max(1, s.NormalVectors + s.AdjacentVectors + s.UnlabelledVectors),19:F2}  {Ratio(s.TruePositives, s.Flagged + s.AdjacentFlagged + s.UnlabelledFlagged),19:F3}"));
        }
    }

    private static string Controls(FamilyScore s) => Line($"{s.Controls.Count(c => c.Flagged)} of {s.Controls.Count}");

    /// <summary>Vectors on the day before or after an injection, of the same app version (<see cref="FamilyScore"/>): flagged of all.</summary>
    private static string Adjacent(FamilyScore s) => Line($"{s.AdjacentFlagged} of {s.AdjacentVectors} flagged");

    /// <summary>Vectors the family injected and did not label (<see cref="ScenarioTruth.Unlabelled"/>): flagged of all.</summary>
    private static string Unlabelled(FamilyScore s) => Line($"{s.UnlabelledFlagged} of {s.UnlabelledVectors} flagged");

    /// <summary>Counts as they are; shares to the nearest 5 %, rates to 0.5, so the table stays short.</summary>
    private static double Bucket(string kind, double strength) => double.IsNaN(strength) ? -1 : AnomalyKinds.Unit(kind) switch
    {
        "count" => strength,
        "share" => Math.Floor(strength * 20) / 20,
        _ => Math.Floor(strength * 2) / 2,
    };

    private static string Show(string kind, double v) => v < 0 ? "?" : AnomalyKinds.Unit(kind) == "share"
        ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : v.ToString("0.##", CultureInfo.InvariantCulture);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
