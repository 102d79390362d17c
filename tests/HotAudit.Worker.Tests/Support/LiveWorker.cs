using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;

namespace HotAudit.Worker.Tests;

/// <summary>The worker's host in this process with one live stream <c>acme</c> on a free loopback port, its folders temporary.</summary>
internal sealed class LiveWorker : IAsyncDisposable
{
    public const string Token = "ingest-t0ken";

    private LiveWorker(string root, IHost host, string url)
    {
        Root = root;
        Host = host;
        Url = url;
    }

    public string Root { get; }

    public IHost Host { get; }

    public string Url { get; }

    public string Reference => Path.Combine(Root, "reference");

    public static async Task<LiveWorker> StartAsync(string root, IReadOnlyDictionary<string, string?>? extra = null)
    {
        Directory.CreateDirectory(Path.Combine(root, "reference"));
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string?>
        {
            ["Worker:Inbox"] = Path.Combine(root, "inbox"),
            ["Worker:Formats"] = "json",
            ["Web:Url"] = url,
            ["Streams:0:Name"] = "acme",
            ["Streams:0:Reference"] = Path.Combine(root, "reference"),
            ["Ingest:Token"] = Token,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var host = WorkerHost.Build(settings, null);
        await host.StartAsync();
        return new LiveWorker(root, host, url);
    }

    public HttpClient Client(string? token = Token)
    {
        var http = new HttpClient { BaseAddress = new Uri(Url) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
