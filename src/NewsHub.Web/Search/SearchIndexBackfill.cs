using NewsHub.Data;
using NewsHub.Data.Search;

namespace NewsHub.Web.Search;

/// <summary>
/// At start, gives a search vector to every article stored without one: articles stored before the search
/// column existed, or by a tool that bypassed the article writer. New imports index their articles themselves.
/// </summary>
internal sealed class SearchIndexBackfill(IServiceScopeFactory scopes, ILogger<SearchIndexBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            var indexed = await ArticleSearchIndexer.IndexMissingAsync(db, cancellationToken: stoppingToken);
            if (indexed > 0)
            {
                logger.LogInformation("Indexed {ArticleCount} article(s) for search that had no search vector", indexed);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the next start carries on.
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // Search still works for the articles already indexed; the site must not go down for this.
            logger.LogError(ex, "Could not index articles that have no search vector");
        }
    }
}

/// <summary>Registers search's background work.</summary>
public static class SearchSetup
{
    public static IServiceCollection AddNewsHubSearch(this IServiceCollection services) =>
        services.AddHostedService<SearchIndexBackfill>();
}
