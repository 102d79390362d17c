using System.Globalization;

namespace HotAudit.Bench;

/// <summary>
/// <c>scaling [events...] [--mix m,...] [--devices D]</c>: the peer at each size (default 1M, 2M, 5M), then time and
/// memory side by side and the largest/smallest time ratio, for each format mix. With <c>--devices D</c> the largest
/// size has D devices and the smaller ones proportionally fewer (default events / 25).
/// </summary>
internal static class Scaling
{
    public static int Run(long[] sizes, int repeats, IReadOnlyList<Mix> mixes, int? devices, bool timings)
    {
        sizes = sizes.Length > 0 ? sizes : [1_000_000, 2_000_000, 5_000_000];
        var agree = true;
        foreach (var mix in mixes)
        {
            agree &= Run(sizes, repeats, mix, devices is { } d ? n => (int)Math.Max(1, d * n / sizes.Max()) : null, timings);
        }
        return agree ? 0 : 3;
    }

    private static bool Run(long[] sizes, int repeats, Mix mix, Func<long, int>? devices, bool timings)
    {
        var results = sizes.Select(n => Peer.Measure(Cases.ForEvents(n, mix, devices?.Invoke(n)), repeats, timings)).ToList();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"mix {mix.Name}:");
        Console.WriteLine("events      rows        HotAudit s  DuckDB s  ratio  peak MiB");
        foreach (var (n, r) in sizes.Zip(results))
        {
            Console.WriteLine(string.Create(inv, $"{n,-11} {r.Rows,-11} {r.HotAuditSeconds,10:F2} {r.DuckDbSeconds,9:F2} {r.HotAuditSeconds / r.DuckDbSeconds,6:F2} {r.PeakMiB,9:F0}"));
        }
        Console.WriteLine(string.Create(inv,
            $"time {sizes[^1]:N0} / {sizes[0]:N0}: {results[^1].HotAuditSeconds / results[0].HotAuditSeconds:F2} (events x{(double)results[^1].Rows / results[0].Rows:F2}; target <= 5.5)"));
        return results.All(r => r.Agree);
    }
}
