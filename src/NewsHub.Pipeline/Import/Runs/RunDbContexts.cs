using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using NewsHub.Data;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// A pool of contexts for import runs, which open one per article on several threads at once,
/// apart from the request-scoped contexts of the pages.
/// </summary>
public sealed class RunDbContexts(IConfiguration configuration)
{
    private readonly Lazy<IDbContextFactory<NewsHubDbContext>> factory = new(() => new PooledDbContextFactory<NewsHubDbContext>(
        NewsHubDbContextOptions.Create(configuration.GetConnectionString(NewsHubDbContextOptions.ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{NewsHubDbContextOptions.ConnectionStringName} is not set."))));

    public IDbContextFactory<NewsHubDbContext> Factory => factory.Value;
}
