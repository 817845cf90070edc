using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.IntegrationTests.Infrastructure;
using Npgsql;

namespace NewsHub.IntegrationTests.Foundation;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var name = $"newshub_test_{Environment.ProcessId}_empty_{Guid.NewGuid():N}"[..50];
        var connectionString = TestDatabaseServer.WithDatabase(name);
        await using (var server = new NpgsqlConnection(TestDatabaseServer.WithDatabase("postgres")))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            await using var db = new NewsHubDbContext(NewsHubDbContextOptions.Create(connectionString));
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add one.");
            var tables = await db.Database
                .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
                .ToListAsync();
            Assert.Superset(
                new HashSet<string> { "articles", "article_sources", "companies", "company_aliases", "article_company_mentions", "partnership_events", "partnership_mentions", "import_runs", "import_file_outcomes" },
                tables.ToHashSet());
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }
}
