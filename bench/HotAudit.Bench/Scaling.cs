using System.Globalization;

namespace HotAudit.Bench;

/// <summary><c>scaling [events...]</c>: the peer at each size (default 1M, 2M, 5M), then time and memory side by side and the largest/smallest time ratio.</summary>
internal static class Scaling
{
    public static int Run(long[] sizes, int repeats)
    {
        sizes = sizes.Length > 0 ? sizes : [1_000_000, 2_000_000, 5_000_000];
        var results = sizes.Select(n => Peer.Measure(Cases.ForEvents(n), repeats)).ToList();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("events      rows        HotAudit s  DuckDB s  ratio  peak MiB");
        foreach (var (n, r) in sizes.Zip(results))
        {
            Console.WriteLine(string.Create(inv, $"{n,-11} {r.Rows,-11} {r.HotAuditSeconds,10:F2} {r.DuckDbSeconds,9:F2} {r.HotAuditSeconds / r.DuckDbSeconds,6:F2} {r.PeakMiB,9:F0}"));
        }
        Console.WriteLine(string.Create(inv,
            $"time {sizes[^1]:N0} / {sizes[0]:N0}: {results[^1].HotAuditSeconds / results[0].HotAuditSeconds:F2} (events x{(double)results[^1].Rows / results[0].Rows:F2}; target <= 5.5)"));
        return results.All(r => r.Agree) ? 0 : 3;
    }
}
