using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Ingestion.Feeds;
using NewsHub.Ingestion.Reading;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Sources;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>
/// A large feed through the poll's own path (hash check, analysis, store step) with the real tagger and finder,
/// on ../shared/corpus articles: every item stored once, and a second poll of the same items reads nothing.
/// Prints the rates for the closing note; the fetcher is the test's, so HTTP and parsing are not in the figures.
/// </summary>
public sealed class FeedPollCostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ItemCount = 500;
    private readonly DatabaseFixture database = new();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Importing.SeedCatalogAsync(database);
    }

    [Fact]
    public async Task A_feed_of_500_items_is_stored_once_and_its_unchanged_items_are_skipped_on_the_next_poll()
    {
        const string feed = "https://big.example.com/feed.xml";
        var reader = new ArticleReader(new ArticleReaderOptions());
        var corpus = Directory.GetFiles(TestFolder.Shared("corpus")).Order(StringComparer.Ordinal).ToList();
        var items = new List<FeedItemResult>(ItemCount);
        for (var i = 0; i < ItemCount; i++)
        {
            var document = reader.Read(await ArticleFile.LoadAsync(corpus[i % corpus.Count], new ArticleReaderOptions(), default));
            var link = $"https://big.example.com/items/{i}";
            // Each copy is its own item and its own article, as a feed's entries are.
            items.Add(new FeedItemResult($"item-{i}", link, document with { ContentHash = $"{document.ContentHash[..56]}{i:x8}", SourceUrl = link }, null));
        }

        var fetcher = new FakeFeedFetcher();
        fetcher.Serve(feed, [.. items]);
        var analyzer = new TaggingAnalyzer();
        // The tagger is built on first use (about a second): not part of either rate below.
        analyzer.Analyze(items[0].Document!);
        var poller = new FeedPoller(Importing.Contexts(database), fetcher, analyzer, new ImportOptions(), NullLoggerFactory.Instance);

        // The same number of corpus articles as files, imported as a folder in the same run: the rate to compare with.
        using var folder = new TestFolder();
        var files = VersionedCorpus.Write(folder.Path, "P", copies: (ItemCount / corpus.Count) + 1, take: ItemCount / ((ItemCount / corpus.Count) + 1));
        var folderClock = Stopwatch.StartNew();
        var imported = await Importing.Runner(database, analyzer).RunAsync(new ImportRequest(folder.Path));
        var folderSeconds = folderClock.Elapsed.TotalSeconds;

        var clock = Stopwatch.StartNew();
        var first = await poller.PollAsync(new FeedPollRequest(null, feed, null, null, null));
        var firstSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // No validators sent: the feed is read again, and every item is skipped by its hash.
        var second = await poller.PollAsync(new FeedPollRequest(null, feed, null, null, null));
        var secondMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var notModified = await poller.PollAsync(new FeedPollRequest(null, feed, first.ETag, first.LastModified, null));
        var notModifiedMs = clock.Elapsed.TotalMilliseconds;

        Assert.Equal(ItemCount, first.Items.Count(FileOutcome.New));
        Assert.Equal(ItemCount, second.Items.Count(FileOutcome.Unchanged));
        Assert.True(notModified.NotModified);
        Assert.Equal(files, imported.Count(FileOutcome.New) + imported.Count(FileOutcome.Duplicate));
        output.WriteLine($"folder of {files} files in the same run: {files / folderSeconds:F0} articles/s ({folderSeconds:F1} s)");
        output.WriteLine($"500 items: {ItemCount / firstSeconds:F0} articles/s ({firstSeconds:F1} s); unchanged items skipped by hash in {secondMs:F0} ms; " +
                         $"304 poll {notModifiedMs:F1} ms, {notModified.RequestCount} request");
    }

    public Task DisposeAsync() => database.DisposeAsync();
}
