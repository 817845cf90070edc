using NewsHub.Data;
using Npgsql;
using Respawn;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// A migrated database of its own for one test collection or class. <see cref="ResetAsync"/> empties
/// every table (Respawn) for tests that need a clean slate.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    private Respawner? respawner;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A short word that goes into the database name, to tell databases apart in psql.</summary>
    protected virtual string Purpose => GetType().Name;

    public NewsHubDbContext CreateContext() => new(NewsHubDbContextOptions.Create(ConnectionString));

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
        await respawner.ResetAsync(connection);
    }

    public virtual async Task InitializeAsync() => ConnectionString = await TestDatabaseServer.CreateDatabaseAsync(Purpose);

    public virtual async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0)
        {
            await TestDatabaseServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
