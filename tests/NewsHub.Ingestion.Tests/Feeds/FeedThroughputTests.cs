using System.Diagnostics;
using System.Text;
using NewsHub.Ingestion.Feeds;
using Xunit.Abstractions;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>A large feed read end to end; the rate is written to the test output as a measurement, never asserted.</summary>
public sealed class FeedThroughputTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int ItemCount = 500;

    private readonly FeedServices _services = new();

    [Fact]
    public async Task Reads_a_feed_of_500_items_with_full_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newshub-feed-500-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, LargeFeed());
        try
        {
            // Once to warm up (JIT, regexes, sanitiser), then measured.
            await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);
            var clock = Stopwatch.StartNew();
            var result = await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);
            clock.Stop();

            Assert.Equal(ItemCount, result.Items.Count(item => item.Document is { CleanText.Length: > 150 }));
            output.WriteLine($"{ItemCount} items with full text in {clock.Elapsed.TotalMilliseconds:F0} ms: {ItemCount / clock.Elapsed.TotalSeconds:F0} articles/s " +
                $"({new FileInfo(path).Length / 1024:N0} KiB feed, {Environment.ProcessorCount} cores)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An RSS feed of made-up items, each a few paragraphs of HTML as outlets put in content:encoded.</summary>
    private static string LargeFeed()
    {
        var feed = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>压力测试源</title>""");
        for (var i = 0; i < ItemCount; i++)
        {
            var day = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)).AddHours(i);
            feed.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                <item><title>第{i}号新闻：某车企与某供应商签署合作协议</title><link>https://news.example.com/a/{i}.html</link>
                <guid>item-{i}</guid><pubDate>{day:R}</pubDate><content:encoded><![CDATA[
                <p>第{i}号新闻。某车企与某供应商近日签署合作协议，双方将在智能驾驶、智能座舱和电池技术等领域开展合作，共同推进新车型的研发与量产。</p>
                <p>根据协议，供应商将为车企提供计算平台、软件工具链和工程支持，车企负责整车集成、测试验证和市场推广，首批车型预计明年上市。</p>
                <p>业内人士认为，整车企业与零部件企业之间的合作正在从简单的采购关系转向联合开发，这将有助于缩短开发周期、降低成本并提升产品竞争力。</p>
                <p><a href="https://news.example.com/tag/{i}">相关报道</a> <img src="https://img.example.com/{i}.jpg" alt="配图"></p>
                ]]></content:encoded></item>
                """);
        }

        return feed.Append("</channel></rss>").ToString();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
