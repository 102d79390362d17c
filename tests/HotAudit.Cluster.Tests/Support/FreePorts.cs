using System.Net;
using System.Net.Sockets;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>TCP ports free on loopback, never the same one twice in a test run (a killed worker's ports stay taken a while).</summary>
public static class FreePorts
{
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
