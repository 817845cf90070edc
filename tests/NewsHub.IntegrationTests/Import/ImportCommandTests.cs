using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Import;

/// <summary><c>newshub import</c> run as a user would: a real process on a test database.</summary>
public class ImportCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly TestFolder folder = new TestFolder()
        .With(TestFolder.Shared(Path.Combine("seeds", "000_66798800a550ff6c.txt")), TestFolder.Shared(Path.Combine("seeds", "002_1b5ba841d8dcb4b5.txt")));

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Prints_a_summary_records_the_run_and_exits_non_zero_when_a_file_failed()
    {
        var bad = folder.With(TestFolder.Fixture("unclosed-front-matter.md")).File("unclosed-front-matter.md");

        var (exitCode, output) = await RunNewsHubAsync("import", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^\s+new\s+2$", output);
        Assert.Matches(@"(?m)^\s+failed\s+1$", output);
        Assert.Contains($"{bad}: the front matter opened with '---' on line 1 is never closed", output, StringComparison.Ordinal);

        await using var db = database.CreateContext();
        var run = await db.ImportRuns.Include(r => r.Files).SingleAsync();
        Assert.Equal(ImportRunStatus.Succeeded, run.Status);
        Assert.Equal((2, 1), (run.NewCount, run.FailedCount));
        Assert.Equal(3, run.Files.Count);
        Assert.Contains(run.Files, f => f.Path == bad && f.Outcome == FileOutcome.Failed && f.Error!.Contains("never closed", StringComparison.Ordinal));
        Assert.True(await db.Companies.AnyAsync(), "The import did not seed the company catalog.");
    }

    [Fact]
    public async Task Exits_zero_when_every_file_was_imported_and_a_dry_run_stores_nothing()
    {
        var (dryExit, dryOutput) = await RunNewsHubAsync("import", folder.Path, "--dry-run");
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
        }

        var (exitCode, _) = await RunNewsHubAsync("import", folder.Path);
        var (againExit, againOutput) = await RunNewsHubAsync("import", folder.Path);

        Assert.Equal(0, dryExit);
        Assert.Matches(@"(?m)^\s+new\s+2$", dryOutput);
        Assert.Equal(0, exitCode);
        Assert.Equal(0, againExit);
        Assert.Matches(@"(?m)^\s+unchanged\s+2$", againOutput);
    }

    [Fact]
    public async Task Re_extract_reads_unchanged_files_again_and_rewrites_what_was_derived_from_them()
    {
        await RunNewsHubAsync("import", folder.Path);
        await using (var db = database.CreateContext())
        {
            // What an older NewsHub might have stored for the same bytes.
            await db.Articles.ExecuteUpdateAsync(set => set.SetProperty(a => a.SanitizedHtml, "<p>stale</p>"));
            await db.ArticleCompanyMentions.ExecuteDeleteAsync();
        }

        var (exitCode, output) = await RunNewsHubAsync("import", folder.Path, "--re-extract");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"(?m)^\s+changed\s+2$", output);
        await using var check = database.CreateContext();
        Assert.Equal(2, await check.Articles.CountAsync());
        Assert.False(await check.Articles.AnyAsync(a => a.SanitizedHtml == "<p>stale</p>"), "An unchanged file was not read again.");
        Assert.Equal(2, await check.ArticleCompanyMentions.Select(m => m.ArticleId).Distinct().CountAsync());
        Assert.Equal(ImportRunKind.ReExtract, (await check.ImportRuns.OrderBy(r => r.Id).LastAsync()).Kind);
    }

    [Fact]
    public async Task Exits_with_an_error_for_a_folder_that_does_not_exist()
    {
        var (exitCode, output) = await RunNewsHubAsync("import", folder.File("no-such-folder"));

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunNewsHubAsync(params string[] arguments)
    {
        var result = await NewsHubCli.RunAsync(database.ConnectionString, arguments);
        return (result.ExitCode, result.Output);
    }
}
