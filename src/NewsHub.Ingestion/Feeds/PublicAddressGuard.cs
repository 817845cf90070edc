using System.Net;
using System.Net.Sockets;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Keeps fetching to the public internet: refuses loopback, private, link-local, carrier-grade NAT,
/// multicast and unspecified addresses, so that a feed URL cannot be used to reach the server's own
/// network (server-side request forgery). Used as <see cref="SocketsHttpHandler.ConnectCallback"/>, the
/// check applies to the connection actually made: every address a name resolves to, on every redirect,
/// and never to a name resolved once for the check and again, differently, for the connection.
/// </summary>
public static class PublicAddressGuard
{
    private static readonly IPNetwork[] NonPublicNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network"
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT, often a cloud's internal network
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, where cloud metadata services answer
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, and broadcast
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("64:ff9b:1::/48"),   // local-use NAT64
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // site-local (deprecated, still routed by some)
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    /// <summary>Whether <paramref name="address"/> is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        // ::ffff:10.0.0.1 reaches 10.0.0.1; judge the IPv4 address it carries.
        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return !NonPublicNetworks.Any(network => network.Contains(candidate));
    }

    /// <summary>
    /// Resolves the host, refuses it when any of its addresses is not public (a name that resolves to one
    /// public and one private address could be made to connect to either), then connects.
    /// </summary>
    /// <exception cref="AddressRefusedException">The host resolves to an address that is not public.</exception>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.FirstOrDefault(address => !IsPublic(address)) is { } refused)
        {
            throw new AddressRefusedException(endPoint.Host, refused);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
