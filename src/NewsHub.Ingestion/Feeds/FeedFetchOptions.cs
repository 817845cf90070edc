namespace NewsHub.Ingestion.Feeds;

/// <summary>How feeds and the pages they link to are fetched (configuration section <c>Feeds</c>).</summary>
public sealed class FeedFetchOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Feeds";

    /// <summary>
    /// Allows fetching from private, loopback and link-local addresses. Off by default, so that a feed URL
    /// cannot be used to reach the server's own network; tests and the Quick start turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Names NewsHub to the sites it polls, as polite crawlers do, so that an operator can tell who is calling.</summary>
    public string UserAgent { get; set; } = "NewsHub/1.0 (news aggregator; feed reader)";

    /// <summary>A response (feed or page) over this many bytes, after decompression, is refused. A feed of 500 items with full text is a few MiB.</summary>
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Redirects followed for one request; a redirect loop ends here.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Connections open at once to one host, so that a feed of many summary-only items does not hammer its site.</summary>
    public int MaxConnectionsPerHost { get; set; } = 2;

    /// <summary>Time allowed for one attempt (connect, headers and body).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time allowed for one request with its retries.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Retries of a request that failed for a passing reason (connection reset, 5xx, 429, timeout).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Linked pages fetched in one poll at most. A new feed of summary-only items costs one request per
    /// item; the rest are fetched on the next polls, since they are not yet known.
    /// </summary>
    public int MaxPageFetchesPerPoll { get; set; } = 100;

    /// <summary>Items read at once (parsing and page fetching).</summary>
    public int ItemParallelism { get; set; } = 4;
}
