using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HotAudit.Worker.Web;

/// <summary>
/// Binds Kestrel to exactly what <c>Web:Url</c> says, in code: one address and port (<c>localhost</c> is the loopback
/// addresses, <c>*</c> and <c>+</c> every address). Nothing else can add an endpoint: the view's host reads no
/// configuration, so <c>Kestrel__Endpoints__...</c> or <c>ASPNETCORE_URLS</c> in the environment bind nothing.
/// </summary>
internal static class WebListen
{
    public static void Configure(KestrelServerOptions kestrel, string url)
    {
        var host = WebSettingsValidator.HostOf(url)!;
        var port = WebSettingsValidator.PortOf(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(port);
        }
        else if (host is "*" or "+")
        {
            kestrel.ListenAnyIP(port);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(host), port);
        }
    }
}
