namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>One (app, app version, local day) vector, by the family's indices.</summary>
internal readonly record struct VectorKey(int App, int Version, int Day)
{
    public VectorKey Shift(int days) => this with { Day = Day + days };
}
