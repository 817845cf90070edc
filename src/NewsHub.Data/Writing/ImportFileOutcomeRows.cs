using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Data.Writing;

/// <summary>Writes the report lines of an import run (<c>import_file_outcomes</c>).</summary>
public static class ImportFileOutcomeRows
{
    /// <summary>
    /// Appends <paramref name="outcomes"/> to run <paramref name="runId"/>'s report by binary COPY: a re-import of ten
    /// thousand unchanged files records ten thousand lines, which row-by-row inserts would make the slowest part of it.
    /// </summary>
    public static async Task CopyAsync(NewsHubDbContext db, long runId, IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var importer = await BinaryCopy.BeginAsync<ImportFileOutcome>(
                db,
                [nameof(ImportFileOutcome.ImportRunId), nameof(ImportFileOutcome.Path), nameof(ImportFileOutcome.Outcome), nameof(ImportFileOutcome.Error), nameof(ImportFileOutcome.ArticleId)],
                cancellationToken);
            foreach (var outcome in outcomes)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(outcome.Path, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(outcome.Outcome.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, outcome.Error, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(importer, outcome.ArticleId, NpgsqlDbType.Bigint, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await importer.WriteAsync(value, type, cancellationToken);
        }
    }
}
