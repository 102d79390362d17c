namespace HotAudit.Worker.Alerts;

/// <summary>Section <c>Alerts</c>: where a finding new since a stream's previous evaluation is posted.</summary>
internal sealed class AlertSettings
{
    /// <summary>The configuration section: <c>Alerts</c>.</summary>
    public const string Section = "Alerts";

    /// <summary>An http(s) URL that takes one JSON object per new finding; empty sends no alerts.</summary>
    public string? Webhook { get; set; }

    /// <summary>Whether alerts are posted (a webhook is set).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Webhook);
}
