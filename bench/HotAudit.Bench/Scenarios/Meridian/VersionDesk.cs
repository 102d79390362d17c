namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>What the console knows about one app version while its operations are written: the next patch number, the
/// patches published so far (in order) and the active one.</summary>
internal sealed class VersionDesk
{
    private readonly List<int> _published = [];

    public int NextPatch { get; private set; } = 1;

    /// <summary>The active patch (0: none).</summary>
    public int Active { get; set; }

    public IReadOnlyList<int> Published => _published;

    /// <summary>A new patch number for an upload.</summary>
    public int Upload() => NextPatch++;

    public void Publish(int patch)
    {
        _published.Add(patch);
        Active = patch;
    }
}
