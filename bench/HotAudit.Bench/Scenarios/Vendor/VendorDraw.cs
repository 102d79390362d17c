namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>A small deterministic stream of draws for one device-day (SplitMix64), cheaper than a <see cref="Random"/> per day.</summary>
internal struct VendorDraw(long seed, long device, long day)
{
    private ulong state = (ulong)(VendorHash.Uniform(seed, device, day, 7) * ulong.MaxValue);

    public double Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
    }

    public long Between(long from, long until) => from + (long)(Next() * (until - from));
}
