using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsHub.Ingestion.Feeds;
using Xunit.Abstractions;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>Feeds and their pages fetched from a Kestrel server on loopback.</summary>
public sealed class HttpFeedTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ETag = "\"feed-v1\"";
    private static readonly Encoding Gbk = GetGbk();

    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Polls_an_unchanged_feed_with_one_conditional_request_answered_304()
    {
        _server.Map("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = "Tue, 11 Feb 2025 07:00:00 GMT";
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync(FeedFixtures.Text("rss-full.xml"));
        });
        await using var services = new FeedServices();

        var first = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/feed.xml"), null, null), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var second = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/feed.xml"), first.ETag, first.LastModified), CancellationToken.None);
        var firstUnchangedPoll = clock.Elapsed;

        // A measurement for the record, not an assertion: the mean of further unchanged polls once the connection is warm.
        const int Polls = 20;
        clock.Restart();
        for (var i = 0; i < Polls; i++)
        {
            await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/feed.xml"), first.ETag, first.LastModified), CancellationToken.None);
        }

        clock.Stop();

        Assert.Equal(ETag, first.ETag);
        Assert.Equal(new DateTimeOffset(2025, 2, 11, 7, 0, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal(2, first.Items.Count);
        Assert.True(second.NotModified);
        Assert.Empty(second.Items);
        Assert.Equal(1, second.RequestCount);
        Assert.Equal(ETag, second.ETag);
        Assert.Equal(2 + Polls, _server.Hits("/feed.xml"));
        Assert.All(_server.Requests, request => Assert.Contains("NewsHub", request.UserAgent, StringComparison.Ordinal));
        output.WriteLine($"Poll of an unchanged feed: {second.RequestCount} request, answered 304; first {firstUnchangedPoll.TotalMilliseconds:F1} ms, " +
            $"then {clock.Elapsed.TotalMilliseconds / Polls:F2} ms on average over {Polls} polls (loopback)");
    }

    [Fact]
    public async Task Fetches_the_page_of_a_summary_only_item_and_extracts_its_main_text()
    {
        ServeSummaryFeed();
        await using var services = new FeedServices();

        var result = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null), CancellationToken.None);

        var document = result.Items[0].Document!;
        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("奇瑞汽车与京东达成物流合作", document.Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.Equal(_server.Url("/pages/utf8.html"), document.SourceUrl);
        Assert.StartsWith("奇瑞汽车与京东物流近日签署合作协议", document.CleanText, StringComparison.Ordinal);
        Assert.EndsWith("提高供应链的响应速度。", document.CleanText, StringComparison.Ordinal);
        foreach (var chrome in new[] { "首页", "相关阅读", "车企供应链新趋势", "版权所有" })
        {
            Assert.DoesNotContain(chrome, document.CleanText, StringComparison.Ordinal);
        }

        Assert.Equal(4, result.RequestCount);
    }

    [Fact]
    public async Task Does_not_fetch_the_page_of_a_summary_only_item_again_while_the_item_is_unchanged()
    {
        ServeSummaryFeed();
        await using var services = new FeedServices();
        var first = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null), CancellationToken.None);
        var known = first.Items.ToDictionary(item => item.Identity, item => item.Document!.ContentHash);

        var second = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null, known), CancellationToken.None);

        Assert.All(second.Items, item => Assert.True(item.Unchanged));
        Assert.Equal(1, second.RequestCount);
        Assert.Equal(1, _server.Hits("/pages/utf8.html"));
    }

    [Fact]
    public async Task Decodes_a_gbk_page_by_its_meta_charset_and_by_its_content_type_header()
    {
        ServeSummaryFeed();
        await using var services = new FeedServices();

        var result = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null), CancellationToken.None);

        var byMeta = result.Items[1].Document!;
        Assert.Equal("gb18030", byMeta.Encoding);
        Assert.StartsWith("东风汽车与腾讯签署云服务合作协议，腾讯将为东风汽车提供云计算", byMeta.CleanText, StringComparison.Ordinal);
        var byHeader = result.Items[2].Document!;
        Assert.Equal("gb18030", byHeader.Encoding);
        Assert.Contains("一汽与阿里云签署数据中心合作协议", byHeader.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_item_whose_page_fails_and_still_reads_the_others()
    {
        ServeSummaryFeed();
        _server.Map("/pages/gbk.html", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await using var services = new FeedServices();

        var result = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null), CancellationToken.None);

        Assert.NotNull(result.Items[0].Document);
        Assert.Null(result.Items[1].Document);
        Assert.Contains("东风汽车与腾讯签署云服务协议", result.Items[1].Failure, StringComparison.Ordinal);
        Assert.Contains("404", result.Items[1].Failure, StringComparison.Ordinal);
        Assert.NotNull(result.Items[2].Document);
    }

    [Fact]
    public async Task Leaves_pages_over_the_poll_budget_for_a_later_poll()
    {
        ServeSummaryFeed();
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:MaxPageFetchesPerPoll"] = "1", ["Feeds:ItemParallelism"] = "1" });

        var result = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/summary.xml"), null, null), CancellationToken.None);

        Assert.NotNull(result.Items[0].Document);
        Assert.All(result.Items.Skip(1), item => Assert.Contains("left for a later poll", item.Failure, StringComparison.Ordinal));
        Assert.Equal(2, result.RequestCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refuses_a_response_over_the_size_limit_whether_announced_or_not(bool announceLength)
    {
        var body = Encoding.UTF8.GetBytes(FeedFixtures.Text("rss-full.xml") + new string(' ', 8192));
        _server.Map("/big.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            if (announceLength)
            {
                context.Response.ContentLength = body.Length;
            }

            await context.Response.Body.WriteAsync(body);
        });
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:MaxResponseBytes"] = "4096" });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/big.xml"), null, null), CancellationToken.None));

        Assert.Equal(FeedFailure.TooLarge, error.Failure);
        Assert.Contains("4,096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_redirects_up_to_the_limit_and_stops_a_redirect_loop()
    {
        _server.MapBytes("/feed.xml", Encoding.UTF8.GetBytes(FeedFixtures.Text("atom.xml")), "application/atom+xml");
        _server.Map("/moved", context =>
        {
            context.Response.Redirect("/feed.xml");
            return Task.CompletedTask;
        });
        _server.Map("/loop", context =>
        {
            context.Response.Redirect("/loop");
            return Task.CompletedTask;
        });
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:MaxRedirects"] = "3" });

        var moved = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/moved"), null, null), CancellationToken.None);
        var error = await Assert.ThrowsAsync<FeedFetchException>(() => services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/loop"), null, null), CancellationToken.None));

        Assert.Equal(2, moved.Items.Count);
        Assert.Equal(FeedFailure.TooManyRedirects, error.Failure);
        Assert.Equal(4, _server.Hits("/loop"));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Refuses_a_loopback_address_unless_configuration_allows_it(string host)
    {
        _server.MapBytes("/feed.xml", Encoding.UTF8.GetBytes(FeedFixtures.Text("atom.xml")), "application/atom+xml");
        var url = _server.Url("/feed.xml").Replace("127.0.0.1", host, StringComparison.Ordinal);
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:AllowPrivateAddresses"] = "false", ["Feeds:MaxRetries"] = "2" });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => services.Fetcher.FetchAsync(new FeedRequest(url, null, null), CancellationToken.None));

        Assert.Equal(FeedFailure.AddressRefused, error.Failure);
        Assert.Contains("private, loopback or link-local", error.Message, StringComparison.Ordinal);
        Assert.Contains("Feeds:AllowPrivateAddresses", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("/feed.xml"));
    }

    [Fact]
    public async Task Gives_up_on_a_server_that_never_answers_after_the_timeout()
    {
        _server.Map("/silent.xml", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:AttemptTimeout"] = "00:00:00.500", ["Feeds:RequestTimeout"] = "00:00:01" });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/silent.xml"), null, null), CancellationToken.None));

        Assert.Equal(FeedFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task Reports_an_error_status_and_retries_a_passing_one()
    {
        var calls = 0;
        _server.Map("/flaky.xml", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            context.Response.ContentType = "application/atom+xml";
            await context.Response.WriteAsync(FeedFixtures.Text("atom.xml"));
        });
        _server.Map("/gone.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return Task.CompletedTask;
        });
        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:MaxRetries"] = "1" });

        var flaky = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/flaky.xml"), null, null), CancellationToken.None);
        var error = await Assert.ThrowsAsync<FeedFetchException>(() => services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/gone.xml"), null, null), CancellationToken.None));

        Assert.Equal(2, flaky.Items.Count);
        Assert.Equal(FeedFailure.HttpStatus, error.Failure);
        Assert.Contains("410", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, _server.Hits("/gone.xml"));
    }

    [Fact]
    public async Task Keeps_to_the_connection_limit_per_host()
    {
        var inFlight = 0;
        var most = 0;
        var items = string.Concat(Enumerable.Range(1, 8).Select(i => $"<item><title>条目{i}</title><link>{_server.Url($"/p/{i}")}</link><description>摘要</description></item>"));
        _server.MapBytes("/many.xml", Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>"), "application/rss+xml");
        for (var i = 1; i <= 8; i++)
        {
            _server.Map($"/p/{i}", async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);

                // A slow site: each page takes a moment, so that the fetcher's parallel items would overlap without the limit.
                await Task.Delay(100, context.RequestAborted);
                Interlocked.Decrement(ref inFlight);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<html><body><h1>标题</h1><p>一段足够长的正文，说明某车企与某供应商达成了合作。</p></body></html>");
            });
        }

        await using var services = new FeedServices(new Dictionary<string, string?> { ["Feeds:MaxConnectionsPerHost"] = "2", ["Feeds:ItemParallelism"] = "6" });

        var result = await services.Fetcher.FetchAsync(new FeedRequest(_server.Url("/many.xml"), null, null), CancellationToken.None);

        Assert.All(result.Items, item => Assert.NotNull(item.Document));
        Assert.Equal(2, most);
    }

    private void ServeSummaryFeed()
    {
        _server.MapBytes("/summary.xml", Encoding.UTF8.GetBytes(FeedFixtures.Text("rss-summary.xml", _server.BaseAddress)), "application/rss+xml; charset=utf-8");
        _server.MapBytes("/pages/utf8.html", Encoding.UTF8.GetBytes(FeedFixtures.Text("page-utf8.html")), "text/html");

        // Declared by <meta> only, as older Chinese portals do.
        _server.MapBytes("/pages/gbk.html", Gbk.GetBytes(FeedFixtures.Text("page-gbk.html")), "text/html");

        // Declared by the header only.
        var headerOnly = FeedFixtures.Text("page-gbk.html")
            .Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">", "", StringComparison.Ordinal)
            .Replace("东风汽车与腾讯签署云服务合作协议", "一汽与阿里云签署数据中心合作协议", StringComparison.Ordinal);
        _server.MapBytes("/pages/gbk-header.html", Gbk.GetBytes(headerOnly), "text/html; charset=GBK");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
