namespace HotAudit.Cli.Samples;

/// <summary>One injected anomaly: its kind and the (app, app version, local day) it lands on.</summary>
internal sealed record Injection(string Kind, string AppId, string AppVersion, int Day);
