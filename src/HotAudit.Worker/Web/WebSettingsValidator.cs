using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Web;

/// <summary>
/// Refuses a web view on anything but loopback without a token, and a URL that is not <c>http://IP-or-localhost:port</c>
/// (a host name, an IPv4-mapped IPv6 address or https would not bind what the URL seems to say): a usage error, exit 2.
/// </summary>
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
        if (HostProblem(options.Url!, host) is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }
        if (PortOf(options.Url!) is < 1 or > 65535)
        {
            return ValidateOptionsResult.Fail($"Web:Url '{options.Url}': the port must be 1 to 65535");
        }
        if (!IsLoopback(host) && string.IsNullOrWhiteSpace(options.Token))
        {
            return ValidateOptionsResult.Fail(
                $"Web:Token is required when Web:Url listens beyond loopback ('{options.Url}'): set Web:Token (HOTAUDIT__WEB__TOKEN) or bind to 127.0.0.1");
        }
        if (Worker.ScheduleParsing.TryZone(options.TimeZone, out _) is { } zoneProblem)
        {
            return ValidateOptionsResult.Fail($"Web:TimeZone '{options.TimeZone}' {zoneProblem}");
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

    /// <summary>The port of a Kestrel URL (80 when it names none).</summary>
    internal static int PortOf(string url) =>
        UrlPattern().Match(url.Trim()).Groups["port"] is { Success: true } port ? int.Parse(port.Value, CultureInfo.InvariantCulture) : 80;

    /// <summary>Why the host cannot be bound exactly as written, or null.</summary>
    private static string? HostProblem(string url, string host)
    {
        if (!url.Trim().StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return $"Web:Url '{url}': only http is served; put a TLS-terminating proxy in front for https";
        }
        if (host is "*" or "+" || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (!IPAddress.TryParse(host, out var ip))
        {
            return $"Web:Url '{url}': the host must be an IP address, localhost, * or + (a host name would bind every address)";
        }
        return ip.IsIPv4MappedToIPv6 ? $"Web:Url '{url}': write the IPv4 address {ip.MapToIPv4()} instead of its IPv6 form" : null;
    }

    [GeneratedRegex(@"^https?://(?<host>\[[^\]]+\]|[^:/\[\]]+)(:(?<port>\d{1,5}))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
