using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data.Catalog;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// Re-imports the whole corpus, with every title and body changed from version A to version B,
/// while readers browse timelines, company pages and articles over HTTP as fast as they can.
/// </summary>
public sealed partial class ReimportWhileBrowsingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Readers = 3;

    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-browse-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        // The shipped catalog, so that articles get companies and partnerships and company pages exist.
        await using (var db = database.CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedAsync(CompanyCatalogFile.Default, CatalogSeedMode.Merge, default);
        }

        factory = new AdminAppFactory(database.ConnectionString, importRoot);
        factory.UseKestrel(0);
        factory.StartServer();
    }

    [Fact]
    public async Task Readers_see_no_error_and_no_half_written_article_while_the_whole_corpus_is_reimported()
    {
        var folder = Path.Combine(importRoot, "corpus");
        var files = VersionedCorpus.Write(folder, "A");
        var first = await RunWaiter.WaitForEndAsync(database.ConnectionString,
            await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, true, false)), TimeSpan.FromMinutes(5));
        Assert.Equal(ImportRunStatus.Succeeded, first.Status);

        VersionedCorpus.Write(folder, "B·修订");
        var stats = new BrowseStats();
        using var stop = new CancellationTokenSource();
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var readers = Enumerable.Range(0, Readers).Select(i => BrowseAsync(baseUrl, i, stats, stop.Token)).ToList();
        var auditor = AuditAsync(stats, stop.Token);
        // Let the readers warm up on version A first, so that both versions and the switch are read.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var clock = Stopwatch.StartNew();
        var reimportId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, true, false));
        var reimport = await RunWaiter.WaitForEndAsync(database.ConnectionString, reimportId, TimeSpan.FromMinutes(10));
        clock.Stop();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll([.. readers, auditor]);

        var summary = $"Re-import of {files} files took {clock.Elapsed.TotalSeconds:0.0} s ({reimport.Status}: {reimport.ChangedCount} changed, {reimport.UnchangedCount} unchanged, {reimport.DuplicateCount} duplicate, {reimport.FailedCount} failed). " +
                      $"{Readers} readers fetched {stats.Pages} pages ({stats.Timelines} timeline, {stats.Companies} company, {stats.Articles} article; {stats.ArticlesA} showing A, {stats.ArticlesB} showing B); " +
                      $"{stats.Errors.Count} error responses, {stats.HalfWritten.Count} half-written articles seen over HTTP; {stats.Audits} database audits found {stats.AuditProblems.Count} problems.";
        output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "..", "reimport-while-browsing.txt"), summary + "\n");

        Assert.Equal(ImportRunStatus.Succeeded, reimport.Status);
        Assert.Empty(stats.Errors.Take(10));
        Assert.Empty(stats.HalfWritten.Take(10));
        Assert.Empty(stats.AuditProblems.Take(10));
        Assert.True(stats.Articles > 50 && stats.Companies > 5 && stats.Timelines > 5, summary);
        Assert.True(stats.ArticlesA > 0 && stats.ArticlesB > 0, "readers must have seen both versions: " + summary);

        await using var db = database.CreateContext();
        var titles = await db.Articles.Where(a => a.Status == ArticleStatus.Active).Select(a => a.Title).ToListAsync();
        Assert.All(titles.Where(t => VersionedCorpus.MarkersIn(t).Count > 0), t => Assert.Contains("〔版本B·修订〕", t, StringComparison.Ordinal));
    }

    /// <summary>
    /// One reader: starts at the timeline, follows links to companies and articles at random,
    /// comes back to the timeline now and then, and checks every article it opens.
    /// </summary>
    private static async Task BrowseAsync(string baseUrl, int seed, BrowseStats stats, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(seed);
        var known = new List<string> { "/" };
        var next = "/";
        while (!stop.IsCancellationRequested)
        {
            string html;
            HttpStatusCode status;
            try
            {
                using var response = await client.GetAsync(next, CancellationToken.None);
                status = response.StatusCode;
                html = await response.Content.ReadAsStringAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                stats.Errors.Add($"{next}: {ex.Message}");
                continue;
            }

            stats.Count(next);
            if (status != HttpStatusCode.OK)
            {
                stats.Errors.Add($"{next}: {(int)status}");
            }
            else if (IsArticle(next))
            {
                var markers = VersionedCorpus.MarkersIn(WebUtility.HtmlDecode(MainContent(html)));
                if (markers.Count > 1)
                {
                    stats.HalfWritten.Add($"{next}: {string.Join(" + ", markers)}");
                }
                else if (markers.Contains("A"))
                {
                    Interlocked.Increment(ref stats.ArticlesA);
                }
                else if (markers.Contains("B·修订"))
                {
                    Interlocked.Increment(ref stats.ArticlesB);
                }
            }

            foreach (var link in Links(html).Where(IsPublicPage).Take(200))
            {
                if (known.Count < 5000 && !known.Contains(link))
                {
                    known.Add(link);
                }
            }

            // Mostly articles, where a half-written state would show; timelines and companies in between.
            var articles = known.Where(IsArticle).ToList();
            var others = known.Where(l => !IsArticle(l)).ToList();
            next = articles.Count > 0 && random.NextDouble() < 0.6 ? articles[random.Next(articles.Count)] : others[random.Next(others.Count)];
        }
    }

    private async Task AuditAsync(BrowseStats stats, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var problem in await StoredArticleAudit.FindProblemsAsync(database.ConnectionString, CancellationToken.None))
            {
                stats.AuditProblems.Add(problem);
            }

            Interlocked.Increment(ref stats.Audits);
        }
    }

    /// <summary>Pages a reader browses: not admin, not the API, not downloads, not the language switch.</summary>
    private static bool IsPublicPage(string path) =>
        !path.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWith("/css", StringComparison.Ordinal) && !path.StartsWith("/js", StringComparison.Ordinal)
        && !path.Contains("csv", StringComparison.OrdinalIgnoreCase) && !path.Contains("feed", StringComparison.OrdinalIgnoreCase)
        && !path.Contains("atom", StringComparison.OrdinalIgnoreCase) && !path.Contains("lang", StringComparison.OrdinalIgnoreCase)
        && !path.Contains(".styles.css", StringComparison.Ordinal);

    private static bool IsArticle(string path) => path.StartsWith("/Articles/", StringComparison.OrdinalIgnoreCase);

    private static bool IsCompany(string path) => path.StartsWith("/Companies/", StringComparison.OrdinalIgnoreCase);

    private static bool IsTimeline(string path) => path == "/" || path.StartsWith("/?", StringComparison.Ordinal) || path.StartsWith("/Timeline", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal));

    /// <summary>The page's main landmark: the layout around it is the same for every page.</summary>
    private static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : html;
    }

    [GeneratedRegex("""href="(?<href>[^"#]+)""")]
    private static partial Regex Href();

    private sealed class BrowseStats
    {
        public int Timelines;
        public int Companies;
        public int Articles;
        public int ArticlesA;
        public int ArticlesB;
        public int Audits;

        public ConcurrentBag<string> Errors { get; } = [];

        public ConcurrentBag<string> HalfWritten { get; } = [];

        public ConcurrentBag<string> AuditProblems { get; } = [];

        public int Pages => Timelines + Companies + Articles;

        public void Count(string path)
        {
            if (IsArticle(path))
            {
                Interlocked.Increment(ref Articles);
            }
            else if (IsCompany(path))
            {
                Interlocked.Increment(ref Companies);
            }
            else
            {
                Interlocked.Increment(ref Timelines);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
