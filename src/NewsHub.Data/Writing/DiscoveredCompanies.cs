using NewsHub.Domain.Catalog;
using NpgsqlTypes;
using static NewsHub.Data.Writing.SqlCommands;

namespace NewsHub.Data.Writing;

/// <summary>A stored company as a mention is written against it: its id, its group's id and its status.</summary>
public sealed record StoredCompany(int Id, int GroupId, CompanyStatus Status);

/// <summary>
/// Creates the rows of companies discovered in articles the first time one is seen, and finds the rows of
/// those seen before, in the caller's transaction.
/// </summary>
/// <remarks>
/// Concurrent imports may discover the same name at once: <c>INSERT … ON CONFLICT DO NOTHING</c> on the
/// unique canonical name lets exactly one create it, the others wait for its commit and read the row it made.
/// Names go in sorted, so two writers locking two new names lock them in the same order. A name that is
/// already an alias of a company is never made a company of its own.
/// </remarks>
public static class DiscoveredCompanies
{
    // The group is found by walking up the parent links, as the catalog folds brands into groups: a name
    // discovered by a tagger whose catalog was older may since have become a catalog brand.
    private const string InsertSql =
        """
        INSERT INTO companies (canonical_name, role, status, english_names)
        SELECT n.name, n.role, 'Discovered', '{}'
          FROM unnest($1::text[], $2::text[]) AS n(name, role)
         WHERE NOT EXISTS (SELECT 1 FROM company_aliases AS a WHERE a.name = n.name)
         ORDER BY n.name
        ON CONFLICT (canonical_name) DO NOTHING
        RETURNING id
        """;

    private const string FindSql =
        """
        WITH RECURSIVE up AS (
            SELECT c.canonical_name AS name, c.id, c.status, c.id AS group_id, c.parent_id, 0 AS depth
              FROM companies AS c WHERE c.canonical_name = ANY($1)
            UNION ALL
            SELECT up.name, up.id, up.status, p.id, p.parent_id, up.depth + 1
              FROM up JOIN companies AS p ON p.id = up.parent_id
             WHERE up.depth < 16)
        SELECT name, id, group_id, status FROM up WHERE parent_id IS NULL OR depth = 16
        """;

    /// <summary>
    /// The stored companies named <paramref name="names"/>, each created as discovered (with its inferred
    /// role) when no company or alias goes by it yet. Names that are only an alias are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, StoredCompany>> EnsureAsync(
        NewsHubDbContext db, IReadOnlyCollection<(string Name, CompanyRole Role)> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(names);
        var found = new Dictionary<string, StoredCompany>(StringComparer.Ordinal);
        var wanted = names
            .Where(n => n.Name.Length is > 0 and <= CompanyCatalog.MaxNameLength)
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return found;
        }

        var nameColumn = wanted.Select(n => n.Name).ToArray();
        await using var batch = Batch(db);
        batch.BatchCommands.Add(BatchCommand(InsertSql, Array(nameColumn, NpgsqlDbType.Text), Array(wanted.Select(n => n.Role.ToString()), NpgsqlDbType.Text)));
        batch.BatchCommands.Add(BatchCommand(FindSql, Array(nameColumn, NpgsqlDbType.Text)));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        // RETURNING gives the INSERT a result of its own (possibly empty), so the reader's results line up with the statements.
        await SkipRowsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = new StoredCompany(reader.GetInt32(1), reader.GetInt32(2), Enum.Parse<CompanyStatus>(reader.GetString(3)));
        }

        return found;
    }
}
