using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Quality;

/// <summary>
/// <c>newshub quality</c> on a small gold file of our own (tests/testdata/quality: gold/mini.gold.json and the two
/// articles in articles/, one pair NewsHub finds and one it cannot): the figures it prints, the stored import it
/// scores, the floors it checks, and the report it saves for the admin overview.
/// </summary>
public sealed class QualityCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly string MiniShared = Path.Combine(BrowserFixture.RepositoryRoot(), "tests", "testdata", "quality");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Prints_pair_recall_precision_dates_and_company_recall_per_set_and_overall()
    {
        var result = await NewsHubCli.RunAsync(null, ["quality", "--shared", MiniShared]);

        Assert.True(result.ExitCode == 0, result.Output);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"NewsHub quality on the gold files of {MiniShared}",
                "set        source   pair recall  precision        dates        company recall  no output",
                "gold/mini  analyze  0.500 (1/2)  1.000 (0 false)  1.000 (1/1)  0.750 (3/4)     0",
                "overall    analyze  0.500 (1/2)  1.000 (0 false)  1.000 (1/1)  0.750 (3/4)     0",
            ],
            lines);
    }

    [Fact]
    public async Task Verbose_names_what_was_missed()
    {
        var result = await NewsHubCli.RunAsync(null, ["quality", "--shared", MiniShared, "--verbose"]);

        Assert.Contains("geely-tencent.md: missed pair 吉利 × 腾讯", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("geely-tencent.md: company missed 腾讯", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_set_below_its_floors_exits_1_naming_the_figure()
    {
        var floors = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(floors, """{"analyze": {"gold/mini": {"recall": 0.9, "precision": 0.9}}}""");

            var result = await NewsHubCli.RunAsync(null, ["quality", "--shared", MiniShared, "--floors", floors]);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("gold/mini (analyze): pair recall 0.500 is below its floor 0.900", result.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("precision", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(floors);
        }
    }

    [Fact]
    public async Task A_folder_without_gold_files_is_refused_by_name()
    {
        var empty = Directory.CreateTempSubdirectory("newshub-quality-").FullName;
        try
        {
            var result = await NewsHubCli.RunAsync(null, ["quality", "--shared", empty]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{empty} holds no gold file", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task An_unreachable_database_is_reported_with_exit_code_3()
    {
        var result = await NewsHubCli.RunAsync("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2", ["quality", "--shared", MiniShared, "--stored"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("newshub quality: the database could not be used", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_the_stored_import_and_saves_the_report_the_admin_overview_shows()
    {
        var imported = await NewsHubCli.RunAsync(database.ConnectionString, ["import", Path.Combine(MiniShared, "articles")]);
        Assert.True(imported.ExitCode == 0, imported.Output);

        var before = DateTimeOffset.UtcNow;
        var result = await NewsHubCli.RunAsync(database.ConnectionString, ["quality", "--shared", MiniShared, "--stored", "--save"]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("gold/mini  stored   0.500 (1/2)  1.000 (0 false)  1.000 (1/1)  0.750 (3/4)     0", result.StandardOutput, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            var report = await db.QualityReports.Include(r => r.Figures).SingleAsync();
            Assert.InRange(report.MeasuredAt, before.AddSeconds(-1), DateTimeOffset.UtcNow);
            Assert.Equal([QualitySource.Analyze, QualitySource.Stored], report.Figures.Select(f => f.Source).Order());
            Assert.All(report.Figures, f => Assert.Equal((1, 1, 3, 4), (f.PairsFound, f.PairsMissed, f.CompaniesFound, f.CompaniesRequired)));
        }

        await using var app = new AdminAppFactory(database.ConnectionString, MiniShared, runWorker: false);
        var admin = app.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(admin);
        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync("/Admin"));

        var measured = page.QuerySelector("#quality-measured time");
        Assert.NotNull(measured);
        Assert.StartsWith(before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), measured.TextContent, StringComparison.Ordinal);
        Assert.Contains("测量于 Measured", page.QuerySelector("#quality-measured")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", page.QuerySelector("#quality-measured code")!.TextContent);
        var rows = page.QuerySelectorAll("#quality-table tbody tr")
            .Select(row => string.Join(" | ", row.Children.Select(cell => cell.TextContent.Trim())))
            .ToList();
        Assert.Equal(
            [
                "gold/mini | 分析 Analyze | 0.500 (1/2) | 1.000 (误报 0 false) | 1.000 (1/1) | 0.750 (3/4)",
                "gold/mini | 入库 Stored | 0.500 (1/2) | 1.000 (误报 0 false) | 1.000 (1/1) | 0.750 (3/4)",
                "总计 Overall | 分析 Analyze | 0.500 (1/2) | 1.000 (误报 0 false) | 1.000 (1/1) | 0.750 (3/4)",
                "总计 Overall | 入库 Stored | 0.500 (1/2) | 1.000 (误报 0 false) | 1.000 (1/1) | 0.750 (3/4)",
            ],
            rows);
    }

    [Fact]
    public async Task The_admin_overview_says_how_to_measure_when_no_report_was_saved()
    {
        await using var app = new AdminAppFactory(database.ConnectionString, MiniShared, runWorker: false);
        var admin = app.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(admin);

        var page = await admin.GetStringAsync("/Admin");

        Assert.Contains("id=\"no-quality-report\"", page, StringComparison.Ordinal);
        Assert.Contains("newshub quality --save", page, StringComparison.Ordinal);
    }
}
