namespace HotAudit.Samples;

/// <summary>
/// Records, while devices are simulated, every event that breaks a telemetry rule at the rules' default parameters
/// (RULES.md), so that truth.json lists exactly the findings the data causes. Normal traffic is clean by construction;
/// what lands here comes from injections (or, for the share- and window-based rules, from their chance combination
/// with the normal failure rates, which is why it is counted rather than assumed).
/// </summary>
internal sealed class ViolationLedger
{
    private const int MaxAppliesPerDay = 3;
    private const int MinAppliers = 50;
    private const double MaxFailingShare = 0.05;
    private readonly Dictionary<(string App, string Version, string Patch), HashSet<int>> _silent = [];
    private readonly Dictionary<(string App, string Version), HashSet<int>> _http = [];
    private readonly Dictionary<(string App, string Version, string Patch), (HashSet<int> Applied, HashSet<int> Failed)> _patches = [];
    private readonly Dictionary<string, int> _frequentAppliers = [];
    private readonly List<long> _applies = [];
    private int _device;
    private string _app = "";

    public List<BadRow> BadRows { get; } = [];

    public void BeginDevice(int device, string app)
    {
        (_device, _app) = (device, app);
        _applies.Clear();
    }

    public void EndDevice()
    {
        _applies.Sort();
        for (var i = MaxAppliesPerDay; i < _applies.Count; i++)
        {
            if (_applies[i] - _applies[i - MaxAppliesPerDay] <= TimeSpan.TicksPerDay)
            {
                _frequentAppliers[_app] = _frequentAppliers.GetValueOrDefault(_app) + 1;
                return;
            }
        }
    }

    public void Http(string version) => Add(_http, (_app, version));

    public void Applied(string version, string patch, long ticks, bool silent)
    {
        _applies.Add(ticks);
        Patch(version, patch).Applied.Add(_device);
        if (silent)
        {
            Add(_silent, (_app, version, patch));
        }
    }

    /// <summary>A rollback or crash after the device applied the patch (apply_failed before it never counts).</summary>
    public void FailedAfterApply(string version, string patch) => Patch(version, patch).Failed.Add(_device);

    public IEnumerable<Violation> Violations()
    {
        foreach (var ((app, version, patch), devices) in _silent)
        {
            yield return new(RuleIds.Silent, [new("app_id", app), new("app_version", version), new("patch_id", patch)], devices.Count,
                "applied in the background, silently, not started by the user");
        }
        foreach (var ((app, version), devices) in _http)
        {
            yield return new(RuleIds.Http, [new("app_id", app), new("app_version", version)], devices.Count, "update checks or downloads over http");
        }
        foreach (var (app, devices) in _frequentAppliers)
        {
            yield return new(RuleIds.FrequentApplies, [new("app_id", app)], devices, "devices applying more than 3 patches within 24 h");
        }
        foreach (var ((app, version, patch), (applied, failed)) in _patches)
        {
            if (applied.Count >= MinAppliers && failed.Count > MaxFailingShare * applied.Count)
            {
                yield return new(RuleIds.FailureShare, [new("app_id", app), new("app_version", version), new("patch_id", patch)], failed.Count,
                    $"{failed.Count} of {applied.Count} devices crashed or rolled back after applying");
            }
        }
    }

    private (HashSet<int> Applied, HashSet<int> Failed) Patch(string version, string patch)
    {
        if (!_patches.TryGetValue((_app, version, patch), out var sets))
        {
            _patches[(_app, version, patch)] = sets = ([], []);
        }
        return sets;
    }

    private void Add<TKey>(Dictionary<TKey, HashSet<int>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }
        set.Add(_device);
    }
}
