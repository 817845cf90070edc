using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// The import's <see cref="ArticleWriter"/> over the database a test context uses: seeds that store articles
/// through it get the events, counts and dates the app would store, from the one grouping rule the app has.
/// </summary>
public static class SeedWriter
{
    public static ArticleWriter For(NewsHubDbContext db, ArticleWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The context has no connection string for the writer to use.");
        return new ArticleWriter(
            new PooledDbContextFactory<NewsHubDbContext>(NewsHubDbContextOptions.Create(connectionString)),
            NullLogger<ArticleWriter>.Instance,
            options);
    }

    /// <summary>Marks a written article as gone from its folder, as a later import would.</summary>
    public static Task MarkMissingAsync(NewsHubDbContext db, long articleId) =>
        db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Missing));
}
