using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace HotAudit.Cluster.Hosting;

/// <summary>This machine's addresses, for the address a silo advertises to the others.</summary>
internal static class HostAddresses
{
    /// <summary>The first IPv4 address of an interface that is up and not loopback; loopback when there is none.</summary>
    public static IPAddress FirstNonLoopbackIPv4() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? IPAddress.Loopback;
}
