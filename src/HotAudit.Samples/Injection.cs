namespace HotAudit.Samples;

/// <summary>One injected anomaly: its kind and the (app, app version, local day) it lands on.</summary>
public sealed record Injection(string Kind, string AppId, string AppVersion, int Day);
