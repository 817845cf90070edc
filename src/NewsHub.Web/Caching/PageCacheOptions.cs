namespace NewsHub.Web.Caching;

/// <summary>The <c>PageCache</c> configuration section: the output cache of public pages, the API and the feeds.</summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "PageCache";

    /// <summary>False serves every request from the database (benchmarks of the uncached pages; debugging).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a cached answer may be served at most. Changes evict it at once (<see cref="DataChangeFeed"/>);
    /// this is only the safety net for anything a notification could not tell.
    /// </summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a request waits for the change feed to confirm it is up to date before it goes to the
    /// database instead; a healthy feed answers in well under a millisecond.
    /// </summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest pause between attempts to listen again after the database connection broke.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);
}
