namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>Order-independent draws: a uniform in [0, 1) from a seed and a few integers (SplitMix64), so a device's day is the same whichever pass asks.</summary>
internal static class VendorHash
{
    public static double Uniform(long seed, long a, long b, long c)
    {
        var x = Mix((ulong)seed ^ Mix((ulong)a * 0x9E3779B97F4A7C15UL ^ Mix((ulong)b + 0x632BE59BD9B4E019UL ^ Mix((ulong)c))));
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
