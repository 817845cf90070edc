namespace NewsHub.Ingestion.Feeds;

/// <summary>Where a feed is: an http(s) URL, or a file on this machine.</summary>
/// <param name="Address">The URL of a feed on the web; null for a file.</param>
/// <param name="FilePath">The full path of a local feed file; null for a URL.</param>
internal sealed record FeedLocator(Uri? Address, string? FilePath)
{
    /// <summary>Reads a source's locator: an http or https URL, a <c>file:</c> URL, or a path (relative to the working folder).</summary>
    /// <exception cref="FeedFetchException">The locator is a URL of another scheme.</exception>
    public static FeedLocator Parse(string locator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locator);
        var text = locator.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            if (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            {
                return new FeedLocator(uri, null);
            }

            if (uri.IsFile)
            {
                return new FeedLocator(null, Path.GetFullPath(uri.LocalPath));
            }

            // "C:\feeds\a.xml" parses with the drive letter as its scheme, and is a path.
            if (!(OperatingSystem.IsWindows() && uri.Scheme.Length == 1))
            {
                throw new FeedFetchException(locator, FeedFailure.UnsupportedLocator, $"only http and https URLs and file paths are read, not {uri.Scheme}: URLs");
            }
        }

        return new FeedLocator(null, Path.GetFullPath(text));
    }
}
