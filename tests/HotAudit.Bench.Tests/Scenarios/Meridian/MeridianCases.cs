using HotAudit.Bench.Scenarios.Meridian;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>Cases written once for a test class: two seeds at the benchmark's size, and one small case.</summary>
public sealed class MeridianCases : IDisposable
{
    /// <summary>The small case's population (a tenth: about 90,000 telemetry rows).</summary>
    public const double SmallPopulation = 0.1;

    private readonly string _root = Directory.CreateTempSubdirectory("meridian-test-").FullName;
    private readonly Lazy<IReadOnlyList<MeridianCase>> _full;
    private readonly Lazy<MeridianCase> _small;

    public MeridianCases()
    {
        _full = new(() => [.. new[] { 1, 2 }.Select(seed => new MeridianFamily().WriteCase(Path.Combine(_root, $"full-{seed}"), seed))]);
        _small = new(() => new MeridianFamily(SmallPopulation).WriteCase(SmallDirectory, 5));
    }

    /// <summary>Seeds 1 and 2 at population 1.</summary>
    internal IReadOnlyList<MeridianCase> Full => _full.Value;

    internal string FullDirectory(int seed) => Path.Combine(_root, $"full-{seed}");

    /// <summary>Seed 5 at <see cref="SmallPopulation"/>.</summary>
    internal MeridianCase Small => _small.Value;

    internal string SmallDirectory => Path.Combine(_root, "small-5");

    internal string Root => _root;

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
