using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace HotAudit.Worker.Tests;

/// <summary>A webhook on a free loopback port that keeps every JSON object posted to it; it can be told to fail first.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly List<JsonElement> received = [];
    private readonly Task loop;
    private int failuresLeft;

    public WebhookReceiver(int failFirst = 0)
    {
        failuresLeft = failFirst;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hook/";
        }
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Requests answered with a failure so far.</summary>
    public int Refused { get; private set; }

    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            if (Interlocked.Decrement(ref failuresLeft) >= 0)
            {
                Refused++;
                context.Response.StatusCode = 503;
                context.Response.Close();
                continue;
            }
            var json = await JsonDocument.ParseAsync(context.Request.InputStream);
            lock (received)
            {
                received.Add(json.RootElement.Clone());
            }
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }
}
