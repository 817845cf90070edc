using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// What the admin pages say about runs: failures counted in the status, cancelling shown at once,
/// no "0 / 0", reasons in the reader's language with the file once, long reports and the catalog
/// paged and searchable, re-tag lines naming their articles. Runs are recorded the way
/// <c>newshub import</c> records them, so no worker is needed and every page is deterministic.
/// </summary>
public sealed partial class RunFeedbackTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-feedback-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false);
    }

    [Fact]
    public async Task A_run_with_failed_files_says_how_many_failed_on_the_history_and_its_page_and_lists_them_first()
    {
        var (runId, _) = await ImportWithFailuresAsync("five-of-six");
        using var client = await SignedInClientAsync();

        var history = await client.GetStringAsync("/Admin/Imports");
        var page = await client.GetStringAsync($"/Admin/Imports/Details/{runId}");

        Assert.Contains("完成，6 个文件中 5 个失败", history, StringComparison.Ordinal);
        Assert.DoesNotContain("已完成 Succeeded", history, StringComparison.Ordinal);
        Assert.Contains("完成，6 个文件中 5 个失败", RunStatus(page), StringComparison.Ordinal);
        Assert.Contains("Completed, 5 of 6 failed", RunStatus(page), StringComparison.Ordinal);
        Assert.Equal(["failed", "failed", "failed", "failed", "failed", "new"], RowOutcomes(page));
    }

    [Fact]
    public async Task Failure_reasons_are_said_in_the_readers_language_and_name_the_file_once_relative_to_the_folder()
    {
        var (runId, folder) = await ImportWithFailuresAsync("reasons");
        using var client = await SignedInClientAsync();

        var chinese = await client.GetStringAsync($"/Admin/Imports/Details/{runId}");
        var english = await client.GetStringAsync($"/Admin/Imports/Details/{runId}?lang=en");

        var emptyRow = Row(chinese, "sub/empty.md");
        Assert.Contains("文件是空的", emptyRow, StringComparison.Ordinal);
        Assert.DoesNotContain("the file is empty", emptyRow, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The file is empty", Row(english, "sub/empty.md"), StringComparison.Ordinal);
        Assert.Contains("开头的元数据块不是有效的 YAML", Row(chinese, "bad-yaml.md"), StringComparison.Ordinal);
        Assert.Contains("文件是二进制内容", Row(chinese, "binary.md"), StringComparison.Ordinal);
        // The folder is shown once above the report; a file's full path is not repeated in its row.
        Assert.DoesNotContain(folder + "/", chinese, StringComparison.Ordinal);
        Assert.Contains(">sub/empty.md</code>", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_shows_cancelling_at_once_before_the_worker_reacts()
    {
        var runId = await InsertRunAsync(ImportRunStatus.Running, totalFiles: 40, filesDone: 3);
        using var client = await SignedInClientAsync();
        var pageUrl = $"/Admin/Imports/Details/{runId}";

        var posted = await AdminClient.PostFormAsync(client, pageUrl, $"{pageUrl}?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await client.GetStringAsync(posted.Headers.Location!.OriginalString);

        // No worker runs in this app: whatever the page says, it says before any worker saw the request.
        Assert.Contains("正在取消 Cancelling", RunStatus(page), StringComparison.Ordinal);
        using var progress = JsonDocument.Parse(await client.GetStringAsync($"{pageUrl}?handler=Progress"));
        Assert.Equal("正在取消 Cancelling", progress.RootElement.GetProperty("statusText").GetString());
    }

    [Fact]
    public async Task A_run_still_listing_its_files_does_not_show_0_of_0()
    {
        var runId = await InsertRunAsync(ImportRunStatus.Running, totalFiles: 0, filesDone: 0);
        using var client = await SignedInClientAsync();

        var page = await client.GetStringAsync($"/Admin/Imports/Details/{runId}");

        Assert.Contains("正在列出文件 Listing files", RunStatus(page), StringComparison.Ordinal);
        Assert.DoesNotMatch("""id="total-files">0<""", page);
    }

    [Fact]
    public async Task A_long_report_comes_a_page_at_a_time_and_finds_lines_by_path_and_by_reason_in_words()
    {
        var folder = Path.Combine(importRoot, "long");
        var outcomes = Enumerable.Range(1, 250).Select(i => new ImportFileOutcome
        {
            Path = $"{folder}/file-{i:000}.md",
            Outcome = i % 50 == 0 ? FileOutcome.Failed : FileOutcome.Unchanged,
            Error = i % 50 == 0 ? new FileFailure(FileFailureKind.Empty, "the file is empty").ToStored() : null,
        }).ToList();
        var runId = await RecordAsync(folder, ImportRunStatus.Succeeded, outcomes);
        using var client = await SignedInClientAsync();
        var url = $"/Admin/Imports/Details/{runId}";

        var first = await client.GetStringAsync(url);
        var last = await client.GetStringAsync(url + "?page=3");
        var byPath = await client.GetStringAsync(url + "?q=file-137");
        var byReason = await client.GetStringAsync(url + "?q=" + Uri.EscapeDataString("文件是空的"));

        Assert.Equal(100, RowOutcomes(first).Count);
        Assert.Equal(["failed", "failed", "failed", "failed", "failed"], RowOutcomes(first).Take(5));
        Assert.Contains("href=\"?page=2\"", first, StringComparison.Ordinal);
        Assert.Equal(50, RowOutcomes(last).Count);
        Assert.Equal(["unchanged"], RowOutcomes(byPath));
        Assert.Contains("file-137.md", byPath, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat("failed", 5), RowOutcomes(byReason));
    }

    [Fact]
    public async Task The_catalog_comes_a_page_at_a_time_and_its_search_keeps_to_the_query_string()
    {
        await using (var db = database.CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedIfEmptyAsync(CompanyCatalogFile.Default, CancellationToken.None);
        }

        int companies;
        await using (var db = database.CreateContext())
        {
            companies = await db.Companies.CountAsync();
        }

        using var client = await SignedInClientAsync();

        var first = await client.GetStringAsync("/Admin/Catalog");
        var lastPage = (companies + 99) / 100;
        var last = await client.GetStringAsync($"/Admin/Catalog?page={lastPage}");
        var found = await client.GetStringAsync("/Admin/Catalog?q=" + Uri.EscapeDataString("oppo"));

        Assert.True(companies > 200, $"the shipped catalog has {companies} companies");
        Assert.Equal(100, CatalogRows(first));
        Assert.Equal(companies - ((lastPage - 1) * 100), CatalogRows(last));
        Assert.Contains($"href=\"?page={lastPage}\"", await client.GetStringAsync($"/Admin/Catalog?page={lastPage - 1}"), StringComparison.Ordinal);
        Assert.InRange(CatalogRows(found), 1, 5);
        Assert.Contains("OPPO", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retag_report_links_each_changed_article_by_its_title()
    {
        var folder = Path.Combine(importRoot, "retagged");
        VersionedCorpus.Write(folder, "A", take: 1);
        var summary = await ImportAsync(folder);
        var article = summary.Files.Single(f => f.ArticleId is not null);
        string title;
        await using (var db = database.CreateContext())
        {
            title = await db.Articles.Where(a => a.Id == article.ArticleId).Select(a => a.Title).SingleAsync();
        }

        var runId = await RecordAsync("", ImportRunStatus.Succeeded,
            [new ImportFileOutcome { Path = $"文章 #{article.ArticleId}", Outcome = FileOutcome.Changed, ArticleId = article.ArticleId }],
            ImportRunKind.Retag);
        using var client = await SignedInClientAsync();

        var page = await client.GetStringAsync($"/Admin/Imports/Details/{runId}");

        var link = Regex.Match(page, $"""<a [^>]*href="/Articles/{article.ArticleId}" class="report-article">(?<title>[^<]*)</a>""");
        Assert.True(link.Success, "the re-tag report does not link the article");
        Assert.Equal(title, WebUtility.HtmlDecode(link.Groups["title"].Value));
        Assert.DoesNotContain($"文章 #{article.ArticleId}", page, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    /// <summary>Imports a folder of one good article and five that cannot be read, recorded as a run the way the CLI records one.</summary>
    private async Task<(long RunId, string Folder)> ImportWithFailuresAsync(string name)
    {
        var folder = Path.Combine(importRoot, name);
        VersionedCorpus.Write(folder, "A", take: 1);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "empty.md"), "");
        File.WriteAllText(Path.Combine(folder, "blank.txt"), "   \n\n ");
        File.WriteAllBytes(Path.Combine(folder, "binary.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        File.WriteAllText(Path.Combine(folder, "bad-yaml.md"), "---\ntitle: [未闭合\n---\n正文。");
        File.WriteAllText(Path.Combine(folder, "unclosed.md"), "---\ntitle: 标题\n正文没有结束的分隔线。");
        var summary = await ImportAsync(folder);
        Assert.Equal(5, summary.Count(FileOutcome.Failed));
        var outcomes = summary.Files.Select(f => new ImportFileOutcome { Path = f.Path, Outcome = f.Outcome, Error = f.StoredError, ArticleId = f.ArticleId }).ToList();
        return (await RecordAsync(folder, ImportRunStatus.Succeeded, outcomes), folder);
    }

    private async Task<ImportSummary> ImportAsync(string folder)
    {
        var runner = new ImportRunner(
            new PooledDbContextFactory<NewsHubDbContext>(NewsHubDbContextOptions.Create(database.ConnectionString)),
            new NoAnalysis(), new ImportOptions(), NullLoggerFactory.Instance);
        return await runner.RunAsync(new ImportRequest(folder, Recursive: true));
    }

    private async Task<long> RecordAsync(string folder, ImportRunStatus status, IReadOnlyCollection<ImportFileOutcome> outcomes, ImportRunKind kind = ImportRunKind.Import)
    {
        await using var db = database.CreateContext();
        var log = new ImportRunLog(db, new ImportQueueSignal(), TimeProvider.System);
        const string worker = "test-worker";
        var runId = await log.StartAsync(new ImportRunRequest(kind, folder, Recursive: true, DryRun: false), worker, CancellationToken.None);
        await log.AppendOutcomesAsync(runId, outcomes, CancellationToken.None);
        int Count(FileOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        var read = outcomes.Count(o => o.Outcome != FileOutcome.Missing);
        var counts = new ImportProgressSnapshot(read, read, null, Count(FileOutcome.New), Count(FileOutcome.Changed), Count(FileOutcome.Unchanged),
            Count(FileOutcome.Duplicate), Count(FileOutcome.Failed), Count(FileOutcome.Missing));
        await log.FinishAsync(runId, worker, status, counts, null, CancellationToken.None);
        return runId;
    }

    /// <summary>A run left as a worker would leave it mid-way (no worker runs here, so it stays so).</summary>
    private async Task<long> InsertRunAsync(ImportRunStatus status, int totalFiles, int filesDone)
    {
        await using var db = database.CreateContext();
        var run = new ImportRun
        {
            Kind = ImportRunKind.Import,
            Folder = Path.Combine(importRoot, "running-" + Guid.NewGuid().ToString("N")[..6]),
            Recursive = true,
            Status = status,
            RequestedAt = DateTimeOffset.UtcNow,
            StartedAt = DateTimeOffset.UtcNow,
            HeartbeatAt = DateTimeOffset.UtcNow,
            WorkerId = "elsewhere",
            TotalFiles = totalFiles,
            FilesDone = filesDone,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(client);
        return client;
    }

    private static string RunStatus(string page) => WebUtility.HtmlDecode(StatusCell().Match(page).Groups["text"].Value);

    private static List<string> RowOutcomes(string page) => [.. ReportRow().Matches(page).Select(m => m.Groups["outcome"].Value)];

    private static string Row(string page, string fileName) =>
        WebUtility.HtmlDecode(ReportRow().Matches(page).Select(m => m.Value).Single(row => row.Contains(">" + fileName + "</code>", StringComparison.Ordinal)));

    private static int CatalogRows(string page) => CatalogBody().Match(page).Groups["body"].Value.Split("<tr").Length - 1;

    // Scoped CSS puts an attribute (b-…) into every tag of the page, so tags are matched by the attributes they have.
    [GeneratedRegex("""<dd [^>]*id="run-status"[^>]*>(?<text>[^<]*)</dd>""")]
    private static partial Regex StatusCell();

    [GeneratedRegex("""<tr [^>]*class="outcome-(?<outcome>[a-z]+)">.*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex ReportRow();

    [GeneratedRegex("""<table [^>]*id="catalog-table">.*?<tbody[^>]*>(?<body>.*?)</tbody>""", RegexOptions.Singleline)]
    private static partial Regex CatalogBody();

    private sealed class NoAnalysis : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(ArticleDocument document) => ArticleAnalysis.Nothing;
    }
}
