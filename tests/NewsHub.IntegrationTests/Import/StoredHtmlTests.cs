using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Import;

/// <summary>What pages write unescaped is the stored sanitised HTML: the probes must be neutralised there.</summary>
public class StoredHtmlTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly TestFolder folder = new TestFolder().With(TestFolder.Fixture("xss-probes.html.md"), TestFolder.Fixture("xss-probes.markdown.md"));

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Xss_probes_are_neutralised_in_the_stored_html_and_text()
    {
        var summary = await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer());

        Assert.False(summary.HasFailures);
        await using var db = database.CreateContext();
        var articles = await db.Articles.ToListAsync();
        Assert.Equal(2, articles.Count);
        foreach (var article in articles)
        {
            foreach (var probe in new[] { "<script", "javascript:", "onerror", "onclick", "onload", "<iframe", "alert(" })
            {
                Assert.DoesNotContain(probe, article.SanitizedHtml, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(probe, article.CleanText, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains("rel=\"noopener nofollow\"", article.SanitizedHtml, StringComparison.Ordinal);
        }
    }
}
