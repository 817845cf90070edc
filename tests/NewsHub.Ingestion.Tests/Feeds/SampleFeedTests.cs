using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Feeds;
using NewsHub.Ingestion.Tests.Reading;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>
/// The feed the Quick start subscribes to (samples-feed/newshub-samples.rss, registered by scripts/run.sh): a newcomer
/// should see it bring partnerships onto the timeline, so each of its items must read and tell one.
/// </summary>
public sealed class SampleFeedTests : IAsyncDisposable
{
    private readonly FeedServices _services = new();

    [Fact]
    public async Task Every_item_of_the_shipped_sample_feed_reads_and_tells_a_partnership()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples-feed", "newshub-samples.rss");
        var result = await _services.Fetcher.FetchAsync(new FeedRequest(path, null, null), CancellationToken.None);
        var analyzer = new ArticleAnalyzer(new CompanyTagger(CompanyCatalogFile.Default));

        Assert.Equal("NewsHub 示例订阅", result.FeedTitle);
        Assert.Equal(3, result.Items.Count);
        Assert.All(result.Items, item =>
        {
            Assert.Null(item.Failure);
            var document = Assert.IsType<NewsHub.Ingestion.Reading.ArticleDocument>(item.Document);
            Assert.NotNull(document.PublishedAt);
            Assert.True(analyzer.Analyze(document).Partnerships.Count > 0, $"{document.Title}: no partnership found");
        });
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
