using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
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
            .UseNpgsql(WithDefaults(connectionString), ConfigureNpgsql)
            .UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// The connection string with NewsHub's defaults for what it leaves unset:
    /// <list type="bullet">
    /// <item>Statements prepared automatically once used twice on a connection. Imports and pages send the
    /// same few statements thousands of times, and PostgreSQL then parses and plans each once per
    /// connection instead of on every call.</item>
    /// <item>No reset when a connection goes back to the pool. The reset is seven statements, sent each time an
    /// import's writer or a page takes a pooled connection, and undoes session state that NewsHub never
    /// leaves behind: its locks are transaction-scoped, its settings <c>SET LOCAL</c>, and the one
    /// <c>LISTEN</c> (<c>DataChangeFeed</c>) has a connection outside the pool. Keep it that way.</item>
    /// </list>
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        // Npgsql's own builder says it contains every keyword, set or not; the plain one knows only what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!written.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(NewsHubDbContext).Assembly.GetName().Name)
              .MigrationsHistoryTable("__ef_migrations_history");

    /// <summary>Options for code that makes its own context (the CLI, tests, design-time tools).</summary>
    public static DbContextOptions<NewsHubDbContext> Create(string connectionString) =>
        (DbContextOptions<NewsHubDbContext>)new DbContextOptionsBuilder<NewsHubDbContext>()
            .UseNewsHubPostgres(connectionString).Options;
}
