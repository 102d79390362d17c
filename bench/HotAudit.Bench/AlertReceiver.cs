using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HotAudit.Bench;

/// <summary>The bench's webhook: takes every alert the worker posts and tells when one naming a text has come.</summary>
internal sealed class AlertReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _received = [];

    public AlertReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/alerts/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public int Count
    {
        get
        {
            lock (_received)
            {
                return _received.Count;
            }
        }
    }

    public bool WaitFor(string text, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            lock (_received)
            {
                if (_received.Any(a => a.Contains(text, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            Thread.Sleep(20);
        }
        return false;
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    var body = await reader.ReadToEndAsync();
                    lock (_received)
                    {
                        _received.Add(body);
                    }
                }
                context.Response.StatusCode = 204;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
