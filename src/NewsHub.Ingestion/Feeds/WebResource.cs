namespace NewsHub.Ingestion.Feeds;

/// <summary>A resource fetched over HTTP, or the news that it has not changed.</summary>
/// <param name="Address">Where it was found, after redirects.</param>
/// <param name="NotModified">The server answered 304 to the validators sent; <paramref name="Body"/> is empty.</param>
/// <param name="Body">The body, decompressed.</param>
/// <param name="Charset">The charset the Content-Type header names, if any.</param>
/// <param name="ETag">The response's ETag, to send as If-None-Match next time.</param>
/// <param name="LastModified">The response's Last-Modified, to send as If-Modified-Since next time.</param>
public sealed record WebResource(Uri Address, bool NotModified, byte[] Body, string? Charset, string? ETag, DateTimeOffset? LastModified);
