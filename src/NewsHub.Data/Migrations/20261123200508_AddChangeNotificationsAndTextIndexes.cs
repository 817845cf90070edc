using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <summary>
    /// Two things the read side needs that EF's model cannot express, so both are plain SQL:
    /// <list type="bullet">
    /// <item>Statement-level triggers on every table the public pages read, which send
    /// <c>NOTIFY newshub_data_changed</c> (<see cref="Changes.DataChangeNotifications"/>): PostgreSQL delivers it
    /// when the writing transaction commits, whichever process wrote (the CLI, an admin import, psql), and
    /// the web app drops its cached pages.</item>
    /// <item>Character-bigram GIN indexes on evidence sentences and article titles, which find the
    /// candidates for the timeline's free-text filter (<c>LIKE '%华为%'</c>) without reading every row.
    /// pg_trgm would not do: a two-character Chinese name such as 华为 makes no trigram, so its index
    /// would be scanned whole.</item>
    /// </list>
    /// The SQL is written out here rather than built from constants, so that this migration stays what it was.
    /// </summary>
    public partial class AddChangeNotificationsAndTextIndexes : Migration
    {
        private static readonly string[] NotifyingTables =
        [
            "articles", "article_sources", "article_company_mentions", "companies", "company_aliases",
            "partnership_events", "partnership_mentions",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One notification per statement, not per row, and the same channel and payload within a
            // transaction collapse into one: an import of a whole article sends one.
            migrationBuilder.Sql("""
                CREATE FUNCTION newshub_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('newshub_data_changed', '');
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in NotifyingTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER notify_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION newshub_notify_data_changed();
                    """);
            }

            // Every pair of neighbouring characters of a text; GIN drops the repeats. string_to_array with
            // a NULL separator splits into characters, which keeps this in C and cheap enough to run for
            // every row an import writes.
            migrationBuilder.Sql("""
                CREATE FUNCTION newshub_bigrams(value text) RETURNS text[]
                    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg(pair.a || pair.b), '{}')
                    FROM (SELECT string_to_array(value, NULL) AS c) AS chars,
                         unnest(chars.c[1:cardinality(chars.c) - 1], chars.c[2:]) AS pair(a, b)
                $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_partnership_mentions_evidence_bigrams ON partnership_mentions USING gin (newshub_bigrams(lower(evidence)));");
            migrationBuilder.Sql("CREATE INDEX ix_articles_title_bigrams ON articles USING gin (newshub_bigrams(lower(title)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_articles_title_bigrams;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_partnership_mentions_evidence_bigrams;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS newshub_bigrams(text);");
            foreach (var table in NotifyingTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS notify_data_changed ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS newshub_notify_data_changed();");
        }
    }
}
