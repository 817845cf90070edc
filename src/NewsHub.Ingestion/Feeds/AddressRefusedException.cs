using System.Net;

namespace NewsHub.Ingestion.Feeds;

/// <summary>A connection refused because the host resolves to an address that is not on the public internet.</summary>
public sealed class AddressRefusedException(string host, IPAddress address)
    : Exception($"{host} resolves to {address}, a private, loopback or link-local address; set {FeedFetchOptions.SectionName}:{nameof(FeedFetchOptions.AllowPrivateAddresses)} to fetch from such addresses")
{
    /// <summary>The host name as the URL gave it.</summary>
    public string Host { get; } = host;

    /// <summary>The address that is not public.</summary>
    public IPAddress Address { get; } = address;
}
