namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One store version of an app: when it reached the store (a negative day for the versions already live at the start),
/// the share of devices on it at the start, and how many patches it had before the case.
/// </summary>
internal sealed record AppVersion(int Index, string Name, int ReleaseDay, double InitialShare, int PrePatches)
{
    /// <summary>Released during the case (its first days are in the data).</summary>
    public bool NewInCase => ReleaseDay >= 0;
}
