namespace HotAudit.Anomalies.Features;

/// <summary>One (app, app version, local day) with its feature values (null = left out) and bases, in catalog order.</summary>
internal sealed record DailyVector(string AppId, string AppVersion, DateOnly Day, double?[] Values, int[] Bases)
{
    /// <summary>Whether the operation log registered the version that day (<c>version_register</c>): release work, see <see cref="DayKind.ReleaseDay"/>.</summary>
    public bool Registered { get; init; }
}
