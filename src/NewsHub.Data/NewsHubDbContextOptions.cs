using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace NewsHub.Data;

/// <summary>The one place that says how NewsHub talks to PostgreSQL, shared by the web host, the CLI and tests.</summary>
public static class NewsHubDbContextOptions
{
    /// <summary>The configuration key of the connection string (<c>ConnectionStrings__NewsHub</c> in the environment).</summary>
    public const string ConnectionStringName = "NewsHub";

    public static DbContextOptionsBuilder UseNewsHubPostgres(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseNpgsql(connectionString, ConfigureNpgsql)
            .UseSnakeCaseNamingConvention();
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(NewsHubDbContext).Assembly.GetName().Name)
              .MigrationsHistoryTable("__ef_migrations_history");

    /// <summary>Options for code that makes its own context (the CLI, tests, design-time tools).</summary>
    public static DbContextOptions<NewsHubDbContext> Create(string connectionString) =>
        (DbContextOptions<NewsHubDbContext>)new DbContextOptionsBuilder<NewsHubDbContext>()
            .UseNewsHubPostgres(connectionString).Options;
}
