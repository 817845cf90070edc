namespace NewsHub.Ingestion.Feeds;

/// <summary>Why a feed could not be polled, for health lines and counting.</summary>
public enum FeedFailure
{
    /// <summary>No connection could be made, or it broke off.</summary>
    Unreachable,

    /// <summary>The server did not answer within the time allowed.</summary>
    Timeout,

    /// <summary>The server answered with an error status.</summary>
    HttpStatus,

    /// <summary>The response is over <see cref="FeedFetchOptions.MaxResponseBytes"/>.</summary>
    TooLarge,

    /// <summary>The server redirected more often than <see cref="FeedFetchOptions.MaxRedirects"/> allows.</summary>
    TooManyRedirects,

    /// <summary>The host resolves to a private, loopback or link-local address and such addresses are not allowed.</summary>
    AddressRefused,

    /// <summary>The content claims to be a feed but is not well-formed XML or JSON.</summary>
    Malformed,

    /// <summary>The content is not RSS 2.0, Atom 1.0 or JSON Feed.</summary>
    NotAFeed,

    /// <summary>The locator is neither an http(s) URL nor a file path.</summary>
    UnsupportedLocator,

    /// <summary>A local feed file could not be read.</summary>
    FileUnreadable,
}
