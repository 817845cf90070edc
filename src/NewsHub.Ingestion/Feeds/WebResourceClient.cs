using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Fetches feeds and the pages they link to with the <c>HttpClient</c> that <see cref="FeedServiceCollectionExtensions.AddNewsHubFeeds"/>
/// sets up (retries, timeouts, circuit breaker, address guard, per-host connection limit), adding what the
/// handlers cannot: conditional GET, a cap on the body's size, a redirect limit reported as such, and one
/// <see cref="FeedFetchException"/> for every way a fetch fails.
/// </summary>
public sealed class WebResourceClient(IHttpClientFactory clientFactory, IOptions<FeedFetchOptions> options)
{
    /// <summary>The name of the <c>HttpClient</c> registered for feeds.</summary>
    public const string HttpClientName = "NewsHub.Feeds";

    private const int ReadBufferBytes = 81920;

    private readonly FeedFetchOptions _options = options.Value;

    /// <summary>GETs <paramref name="address"/>, sending the validators of the copy the caller holds.</summary>
    /// <exception cref="FeedFetchException">The fetch failed; the exception says how.</exception>
    public async Task<WebResource> GetAsync(Uri address, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var locator = address.AbsoluteUri;
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (!string.IsNullOrEmpty(etag) && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is { } since)
        {
            request.Headers.IfModifiedSince = since;
        }

        // The handlers' timeouts end once the headers are in; this one also covers reading the body.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var client = clientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var finalAddress = response.RequestMessage?.RequestUri ?? address;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                // A 304 may carry fresher validators; without them the ones sent still hold.
                return new WebResource(finalAddress, NotModified: true, [], null, response.Headers.ETag?.ToString() ?? etag, response.Content.Headers.LastModified ?? lastModified);
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                // The handler stops following after MaxRedirects and hands the last redirect back.
                throw new FeedFetchException(locator, FeedFailure.TooManyRedirects,
                    $"more than {_options.MaxRedirects} redirects (the last to {response.Headers.Location?.ToString() ?? "nowhere"}); a redirect loop?");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedFetchException(locator, FeedFailure.HttpStatus, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await ReadBodyAsync(locator, response.Content, timeout.Token).ConfigureAwait(false);
            return new WebResource(
                finalAddress,
                NotModified: false,
                body,
                response.Content.Headers.ContentType?.CharSet,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedFetchException(locator, FeedFailure.Timeout, $"no complete answer within {_options.RequestTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FeedFetchException(locator, FeedFailure.Timeout, $"no answer within {ex.Timeout.TotalSeconds:0.#} s, after {_options.MaxRetries} retries", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new FeedFetchException(locator, FeedFailure.Unreachable, $"the host failed repeatedly, so requests to it are paused for a while ({ex.Message})", ex);
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            throw new FeedFetchException(locator, FeedFailure.AddressRefused, refusal.Message, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FeedFetchException(locator, FeedFailure.Unreachable, $"the request failed: {ex.Message}", ex);
        }
    }

    /// <summary>Whether a failed request was refused by the address guard, which no retry can change.</summary>
    internal static AddressRefusedException? FindRefusal(Exception? exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>Reads the body, stopping as soon as it passes the size limit instead of after downloading all of it.</summary>
    private async Task<byte[]> ReadBodyAsync(string locator, HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw TooLarge(locator, $"the server announces {declared:N0} bytes, more");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[ReadBufferBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(locator, "the body is larger");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FeedFetchException TooLarge(string locator, string what) =>
        new(locator, FeedFailure.TooLarge, $"{what} than the limit of {_options.MaxResponseBytes:N0} bytes ({FeedFetchOptions.SectionName}:{nameof(FeedFetchOptions.MaxResponseBytes)})");
}
