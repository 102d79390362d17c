namespace HotAudit.Worker.Web;

/// <summary>The worker's read-only web view (section <c>Web</c>); off while <see cref="Url"/> is empty.</summary>
internal sealed class WebSettings
{
    public const string Section = "Web";

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:8080</c>; empty turns the view off.</summary>
    public string? Url { get; set; }

    /// <summary>Required unless <see cref="Url"/> is loopback: sent as <c>Authorization: Bearer</c> or <c>?token=</c>.</summary>
    public string? Token { get; set; }

    /// <summary>The zone the page shows times in (IANA or Windows id), e.g. the schedules' <c>Asia/Shanghai</c>; UTC by default.</summary>
    public string TimeZone { get; set; } = "UTC";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
