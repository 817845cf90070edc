using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using Npgsql;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against, named by the NEWSHUB_TEST_DB connection string.
/// Once per test run it creates a database with the real EF migrations applied and uses it as a
/// template: each test collection clones it (<c>CREATE DATABASE … TEMPLATE …</c>), which is much
/// faster than migrating again and keeps collections from sharing rows.
/// </summary>
public static class TestDatabaseServer
{
    public const string ConnectionVariable = "NEWSHUB_TEST_DB";

    // Database names carry the test process id, so a later run can drop what a crashed run left behind.
    private static readonly string RunPrefix = $"newshub_test_{Environment.ProcessId}_";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? templateName;

    /// <summary>The server's connection string, or a failure that says how to provide one.</summary>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(ConnectionVariable);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"{ConnectionVariable} is not set. Tests need a real PostgreSQL: run scripts/test.sh, or " +
                    $"export {ConnectionVariable}=\"$(scripts/pg.sh start)\" before dotnet test.");
            }

            return value;
        }
    }

    /// <summary>Creates a fresh, migrated database for one collection and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var template = await EnsureTemplateAsync();
        var name = RunPrefix + Sanitize(purpose) + "_" + Guid.NewGuid().ToString("N")[..8];

        // A template must have no open connections: pooled ones from the migration would block the copy.
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return WithDatabase(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // FORCE may not end an autovacuum worker (it runs as the superuser) still busy in the
                // database after heavy writes; it soon finishes.
                await Task.Delay(500);
            }
        }
    }

    /// <summary>A connection string to another database on the same server.</summary>
    public static string WithDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task<string> EnsureTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (templateName is not null)
            {
                return templateName;
            }

            await DropDatabasesOfDeadRunsAsync();
            var name = RunPrefix + "template";
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
            await using (var db = new NewsHubDbContext(NewsHubDbContextOptions.Create(WithDatabase(name))))
            {
                await db.Database.MigrateAsync();
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropRunDatabases();
            templateName = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL named by {ConnectionVariable} ({builder.Host}:{builder.Port}) is unreachable: {ex.Message}. " +
                "Start it with scripts/pg.sh start, or run the tests through scripts/test.sh.", ex);
        }
    }

    private static async Task DropDatabasesOfDeadRunsAsync()
    {
        await using var connection = await OpenServerConnectionAsync();
        var stale = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'newshub\\_test\\_%'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(0);
                var pidText = name["newshub_test_".Length..].Split('_')[0];
                if (int.TryParse(pidText, out var pid) && !IsAlive(pid))
                {
                    stale.Add(name);
                }
            }
        }

        foreach (var name in stale)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static void DropRunDatabases()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = OpenServerConnectionAsync().GetAwaiter().GetResult();
            var names = new List<string>();
            using (var command = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{RunPrefix.Replace("_", "\\_", StringComparison.Ordinal)}%'", connection))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (var name in names)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // Best effort at exit: the next run drops databases of dead runs anyway.
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Sanitize(string purpose) =>
        new([.. purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(20)]);
}
