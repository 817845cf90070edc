using NewsHub.Ingestion.Feeds;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>Feeds read from local files, as the Quick start and offline set-ups use them.</summary>
public sealed class LocalFeedTests : IAsyncDisposable
{
    private readonly FeedServices _services = new();

    [Fact]
    public async Task Reads_every_item_of_a_local_rss_file_into_a_sanitised_article()
    {
        var result = await _services.Fetcher.FetchAsync(new FeedRequest(FeedFixtures.PathOf("rss-full.xml"), null, null), CancellationToken.None);

        Assert.False(result.NotModified);
        Assert.Equal(0, result.RequestCount);
        Assert.Equal("示例汽车快讯", result.FeedTitle);
        var document = Assert.IsType<NewsHub.Ingestion.Reading.ArticleDocument>(result.Items[0].Document);
        Assert.Equal("feed-item:news-101", document.SourcePath);
        Assert.Equal(ArticleFormat.FeedEntry, document.Format);
        Assert.Equal("蔚来与高通签署座舱芯片合作协议", document.Title);
        Assert.Equal("https://news.example.com/a/101.html", document.SourceUrl);
        Assert.Equal("示例汽车快讯", document.Outlet);
        Assert.Equal("蔚来与高通近日签署合作协议，双方将在智能座舱芯片领域开展长期合作。\n根据协议，高通将为蔚来后续车型提供座舱计算平台。", document.CleanText);
        Assert.DoesNotContain("<script", document.SanitizedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.All(result.Items, item => Assert.Null(item.Failure));
    }

    [Fact]
    public async Task Answers_not_modified_for_an_unchanged_file_and_reads_it_again_once_it_changes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newshub-feed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, FeedFixtures.Text("json-feed.json"));
        try
        {
            var first = await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);
            var second = await _services.Fetcher.FetchAsync(new FeedRequest(path, first.ETag, first.LastModified), CancellationToken.None);
            await File.WriteAllTextAsync(path, FeedFixtures.Text("json-feed.json").Replace("智能驾驶地图", "高精度地图", StringComparison.Ordinal));
            var third = await _services.Fetcher.FetchAsync(new FeedRequest(path, first.ETag, first.LastModified), CancellationToken.None);

            Assert.Equal(2, first.Items.Count);
            Assert.True(second.NotModified);
            Assert.Empty(second.Items);
            Assert.False(third.NotModified);
            Assert.NotEqual(first.Items[0].Document!.ContentHash, third.Items[0].Document!.ContentHash);
            Assert.Equal(first.Items[1].Document!.ContentHash, third.Items[1].Document!.ContentHash);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reports_items_whose_hash_the_caller_already_holds_as_unchanged_without_reading_them()
    {
        var first = await _services.Fetcher.FetchAsync(new FeedRequest(FeedFixtures.PathOf("atom.xml"), null, null), CancellationToken.None);
        var known = new Dictionary<string, string> { [first.Items[0].Identity] = first.Items[0].Document!.ContentHash };

        var second = await _services.Fetcher.FetchAsync(new FeedRequest(FeedFixtures.PathOf("atom.xml"), null, null, known), CancellationToken.None);

        Assert.True(second.Items[0].Unchanged);
        Assert.Null(second.Items[0].Document);
        Assert.NotNull(second.Items[1].Document);
    }

    [Fact]
    public async Task Reads_a_feed_encoded_in_gbk_as_its_xml_declaration_says()
    {
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("GBK")!;
        var xml = FeedFixtures.Text("rss-full.xml").Replace("encoding=\"utf-8\"", "encoding=\"gb2312\"", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"newshub-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, gbk.GetBytes(xml));
        try
        {
            var result = await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);

            Assert.Equal("示例汽车快讯", result.FeedTitle);
            Assert.Equal("gb18030", result.Items[0].Document!.Encoding);
            Assert.Equal("蔚来与高通签署座舱芯片合作协议", result.Items[0].Document!.Title);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Names_a_missing_feed_file_and_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), "newshub-no-such-feed.xml");

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None));

        Assert.Equal(FeedFailure.FileUnreadable, error.Failure);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_url_of_another_scheme()
    {
        var error = await Assert.ThrowsAsync<FeedFetchException>(() => _services.Fetcher.FetchAsync(new FeedRequest("ftp://example.com/feed.xml", null, null), CancellationToken.None));

        Assert.Equal(FeedFailure.UnsupportedLocator, error.Failure);
    }

    [Fact]
    public async Task Reports_items_without_identity_and_repeated_identities_as_failures_naming_them()
    {
        const string Feed = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>没有链接的条目</title><description>正文。</description></item>
            <item><title>第一条</title><guid>same</guid><description>正文一。</description></item>
            <item><title>重复的条目</title><guid>same</guid><description>正文二。</description></item>
            </channel></rss>
            """;
        var path = Path.Combine(Path.GetTempPath(), $"newshub-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, Feed);
        try
        {
            var result = await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);

            Assert.Contains("没有链接的条目", result.Items[0].Failure, StringComparison.Ordinal);
            Assert.Contains("neither a guid nor a link", result.Items[0].Failure, StringComparison.Ordinal);
            Assert.Equal("正文一。", result.Items[1].Document!.CleanText);
            Assert.Contains("重复的条目", result.Items[2].Failure, StringComparison.Ordinal);
            Assert.Contains("same identity", result.Items[2].Failure, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
