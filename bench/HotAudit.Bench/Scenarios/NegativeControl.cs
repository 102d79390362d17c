namespace HotAudit.Bench.Scenarios;

/// <summary>A legitimate unusual (app id, app version, local day) that the monitor must not flag.</summary>
/// <param name="Kind">One of <see cref="AnomalyKinds.Controls"/>.</param>
internal sealed record NegativeControl(string AppId, string AppVersion, DateOnly Day, string Kind);
