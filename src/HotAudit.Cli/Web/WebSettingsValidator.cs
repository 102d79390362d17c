using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HotAudit.Cli.Web;

/// <summary>Refuses a web view on anything but loopback without a token, and a URL that is not http(s)://host:port.</summary>
internal sealed partial class WebSettingsValidator : IValidateOptions<WebSettings>
{
    public ValidateOptionsResult Validate(string? name, WebSettings options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }
        if (HostOf(options.Url!) is not { } host)
        {
            return ValidateOptionsResult.Fail($"Web:Url '{options.Url}' is not http(s)://HOST:PORT");
        }
        if (!IsLoopback(host) && string.IsNullOrWhiteSpace(options.Token))
        {
            return ValidateOptionsResult.Fail(
                $"Web:Token is required when Web:Url listens beyond loopback ('{options.Url}'): set Web:Token (HOTAUDIT__WEB__TOKEN) or bind to 127.0.0.1");
        }
        if (Worker.ScheduleParsing.TryZone(options.TimeZone, out _) is { } problem)
        {
            return ValidateOptionsResult.Fail($"Web:TimeZone '{options.TimeZone}' {problem}");
        }
        return ValidateOptionsResult.Success;
    }

    /// <summary>The host part of a Kestrel URL (wildcards such as <c>*</c>, <c>+</c> and <c>0.0.0.0</c> included).</summary>
    internal static string? HostOf(string url)
    {
        var m = UrlPattern().Match(url.Trim());
        return m.Success ? m.Groups["host"].Value.Trim('[', ']') : null;
    }

    internal static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex(@"^https?://(?<host>\[[^\]]+\]|[^:/\[\]]+)(:\d+)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
