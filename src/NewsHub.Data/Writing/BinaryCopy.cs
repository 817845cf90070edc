using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NewsHub.Data.Writing;

/// <summary>
/// PostgreSQL's binary COPY for rows that need no generated values back: one round trip and no
/// per-row statement, where EF would send an INSERT … RETURNING for each row. Table and column
/// names come from the EF model, so they follow its naming convention. Runs in the context's
/// current transaction, if any.
/// </summary>
internal static class BinaryCopy
{
    /// <summary>Opens a COPY of <typeparamref name="TEntity"/>'s table for the given properties, in that order.</summary>
    public static Task<NpgsqlBinaryImporter> BeginAsync<TEntity>(NewsHubDbContext db, IReadOnlyList<string> properties, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(p => Quote(entity.FindProperty(p)?.GetColumnName(table) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{p} is not mapped.")));
        var target = table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return connection.BeginBinaryImportAsync($"COPY {target} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
