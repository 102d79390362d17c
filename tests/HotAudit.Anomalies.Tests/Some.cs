using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Tests;

/// <summary>Test data: daily vectors of known series, with small seeded noise.</summary>
internal static class Some
{
    private static readonly int Background = Index("background_apply_share");
    private static readonly int Publishes = Index(FeatureCatalog.Publishes);
    private static readonly int Rollbacks = Index("rollbacks");

    public static int Index(string feature) => FeatureCatalog.All.ToList().FindIndex(f => f.Name == feature);

    /// <summary>
    /// Days of ordinary traffic for several app versions (300 devices, ~1 % background applies, a publish every 7 days and
    /// no rollback, so every seventh day is a release day),
    /// with <paramref name="change"/> applied to chosen vectors.
    /// </summary>
    public static List<DailyVector> Series(int days, int versions, Action<string, int, double?[]>? change = null)
    {
        var rng = new Random(5);
        var vectors = new List<DailyVector>();
        for (var v = 0; v < versions; v++)
        {
            var version = $"1.{v}";
            for (var d = 0; d < days; d++)
            {
                // No rollbacks, so no rollback undoes another (read only on days of two or more).
                var values = FeatureCatalog.All.Select(f => f.Name == FeatureCatalog.RollbackFlaps ? null : (double?)Ordinary(f, rng)).ToArray();
                values[Publishes] = d % 7 == 3 ? 1 : 0;
                values[Rollbacks] = 0;
                change?.Invoke(version, d, values);
                vectors.Add(new DailyVector("app", version, new DateOnly(2026, 5, 1).AddDays(d), values, FeatureCatalog.All.Select(_ => 300).ToArray()));
            }
        }
        return vectors;
    }

    public static void SetBackground(double?[] values, double share) => values[Background] = share;

    /// <summary>
    /// Days of one app version whose counts are Poisson and shares binomial around fixed levels (what the models assume),
    /// for checking that ordinary days are flagged no more often than the stated false-alarm rate.
    /// </summary>
    public static List<DailyVector> Ordinary(int days, int versions, int seed)
    {
        var rng = new Random(seed);
        var vectors = new List<DailyVector>();
        for (var v = 0; v < versions; v++)
        {
            for (var d = 0; d < days; d++)
            {
                var bases = FeatureCatalog.All.Select(f => f.Kind == FeatureKind.Change ? 15 : 100 + rng.Next(400)).ToArray();
                var values = FeatureCatalog.All.Select((f, k) => (double?)(f.Kind switch
                {
                    FeatureKind.Share => (double)Binomial(rng, bases[k], 0.02) / bases[k],
                    FeatureKind.Rate => 1 + ((double)Binomial(rng, bases[k], 0.05) / bases[k]),
                    FeatureKind.LogCount => bases[k],
                    FeatureKind.Change => (Poisson(rng, 30) + 0.5) / (Poisson(rng, 30) + 0.5),
                    _ => Poisson(rng, 0.3),
                })).ToArray();
                // Rollback flaps are read only on a day of two or more rollbacks, of the rollbacks after the first (none here).
                values[Index(FeatureCatalog.RollbackFlaps)] = null;
                vectors.Add(new DailyVector("app", $"1.{v}", new DateOnly(2026, 1, 1).AddDays(d), values, bases));
            }
        }
        return vectors;
    }

    private static int Binomial(Random rng, int n, double p) => Enumerable.Range(0, n).Count(_ => rng.NextDouble() < p);

    private static int Poisson(Random rng, double lambda)
    {
        var (k, product, limit) = (0, rng.NextDouble(), Math.Exp(-lambda));
        while (product > limit)
        {
            k++;
            product *= rng.NextDouble();
        }
        return k;
    }

    public static void SetPublishes(double?[] values, int n) => values[Publishes] = n;

    /// <summary>Sets one feature of a vector by name.</summary>
    public static void Set(double?[] values, string feature, double value) => values[Index(feature)] = value;

    private static double Ordinary(FeatureDefinition f, Random rng) => f.Kind switch
    {
        FeatureKind.Share => Math.Max(0, 0.01 + ((rng.NextDouble() - 0.5) * 0.01)),
        FeatureKind.Rate => 1 + (rng.NextDouble() * 0.02),
        FeatureKind.LogCount => 300 + rng.Next(-20, 20),
        FeatureKind.Change => 0.95,
        _ => rng.Next(0, 2),
    };
}
