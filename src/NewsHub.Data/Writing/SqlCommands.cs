using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Data.Writing;

/// <summary>
/// Plain Npgsql commands and batches on a context's connection and in its current transaction, for the
/// writes that run once per imported file, where EF Core's change tracker and query pipeline cost more
/// CPU than the work itself.
/// </summary>
/// <remarks>
/// Keep each statement's text fixed and pass every value as a typed parameter: Npgsql then prepares the
/// statement once per connection (auto-prepare), and PostgreSQL plans it once.
/// </remarks>
internal static class SqlCommands
{
    /// <summary>Takes transaction-scoped advisory locks; unnest yields the keys in array order, so sort them first.</summary>
    public const string LockSql = "SELECT pg_advisory_xact_lock(k) FROM unnest($1) AS k";

    public static NpgsqlBatch Batch(NewsHubDbContext db) =>
        new(Connection(db), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());

    public static NpgsqlCommand Command(NewsHubDbContext db, string sql) =>
        new(sql, Connection(db), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());

    public static NpgsqlBatchCommand BatchCommand(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static NpgsqlParameter Parameter(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    /// <summary>An array parameter; <paramref name="elementType"/> is the type of its elements.</summary>
    public static NpgsqlParameter Array<T>(IEnumerable<T> values, NpgsqlDbType elementType) =>
        new() { Value = values as T[] ?? [.. values], NpgsqlDbType = NpgsqlDbType.Array | elementType };

    /// <summary>Reads past every row of the current result (locks and other statements run for their effect).</summary>
    public static async Task SkipRowsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
        }
    }

    private static NpgsqlConnection Connection(NewsHubDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();
}
