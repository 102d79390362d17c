namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The family's sources of chance: one <see cref="Random"/> per named stream of a seed (so adding a stream does not
/// shift the others), and a stateless uniform draw for "is this device one of the affected ones".
/// </summary>
internal static class MeridianRandom
{
    /// <summary>A generator for <paramref name="stream"/> of <paramref name="seed"/>, the same on every machine.</summary>
    public static Random For(int seed, string stream) => new(unchecked((int)Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ Fnv(stream))));

    /// <summary>A uniform number in [0, 1) from two integers, without state (a device's lot in an incident).</summary>
    public static double Unit(int a, int b) => (Mix(((ulong)(uint)a << 32) | (uint)b) >> 11) * (1.0 / (1UL << 53));

    /// <summary>An exponential draw with the given mean.</summary>
    public static double Exponential(Random rng, double mean) => -mean * Math.Log(1 - rng.NextDouble());

    /// <summary>A normal draw (Box–Muller).</summary>
    public static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }
}
