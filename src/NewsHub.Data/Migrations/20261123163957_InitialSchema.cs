using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_offset_minutes = table.Column<int>(type: "integer", nullable: true),
                    author = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    outlet = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    source_url = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    clean_text = table.Column<string>(type: "text", nullable: false),
                    sanitized_html = table.Column<string>(type: "text", nullable: false),
                    metadata_json = table.Column<string>(type: "jsonb", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    canonical_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    english_names = table.Column<List<string>>(type: "text[]", nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                    table.ForeignKey(
                        name: "fk_companies_companies_parent_id",
                        column: x => x.parent_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    folder = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recursive = table.Column<bool>(type: "boolean", nullable: false),
                    dry_run = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    worker_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    cancel_requested = table.Column<bool>(type: "boolean", nullable: false),
                    total_files = table.Column<int>(type: "integer", nullable: false),
                    files_done = table.Column<int>(type: "integer", nullable: false),
                    current_file = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    new_count = table.Column<int>(type: "integer", nullable: false),
                    changed_count = table.Column<int>(type: "integer", nullable: false),
                    unchanged_count = table.Column<int>(type: "integer", nullable: false),
                    duplicate_count = table.Column<int>(type: "integer", nullable: false),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    missing_count = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "article_sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    path = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_missing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_sources_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "article_company_mentions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    company_id = table.Column<int>(type: "integer", nullable: false),
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    as_written = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_company_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_company_mentions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_company_mentions_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_company_mentions_companies_group_id",
                        column: x => x.group_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "company_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    company_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_ambiguous = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_company_aliases_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    company_a_id = table.Column<int>(type: "integer", nullable: false),
                    company_b_id = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_planned = table.Column<bool>(type: "boolean", nullable: false),
                    sort_date = table.Column<DateOnly>(type: "date", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    article_count = table.Column<int>(type: "integer", nullable: false),
                    date_day = table.Column<int>(type: "integer", nullable: true),
                    date_month = table.Column<int>(type: "integer", nullable: true),
                    date_precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_events", x => x.id);
                    table.CheckConstraint("ck_partnership_events_ordered_pair", "company_a_id < company_b_id");
                    table.ForeignKey(
                        name: "fk_partnership_events_companies_company_a_id",
                        column: x => x.company_a_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_partnership_events_companies_company_b_id",
                        column: x => x.company_b_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "import_file_outcomes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false),
                    path = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    error = table.Column<string>(type: "text", nullable: true),
                    article_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_file_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_import_file_outcomes_import_runs_import_run_id",
                        column: x => x.import_run_id,
                        principalTable: "import_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_mentions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    evidence = table.Column<string>(type: "text", nullable: false),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_length = table.Column<int>(type: "integer", nullable: false),
                    company_a_as_written = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    company_a_start = table.Column<int>(type: "integer", nullable: false),
                    company_b_as_written = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    company_b_start = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trigger_start = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_planned = table.Column<bool>(type: "boolean", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    date_day = table.Column<int>(type: "integer", nullable: true),
                    date_month = table.Column<int>(type: "integer", nullable: true),
                    date_precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_mentions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_partnership_mentions_partnership_events_event_id",
                        column: x => x.event_id,
                        principalTable: "partnership_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_article_company_mentions_article_id",
                table: "article_company_mentions",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_company_mentions_company_id",
                table: "article_company_mentions",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_company_mentions_group_id_article_id",
                table: "article_company_mentions",
                columns: new[] { "group_id", "article_id" });

            migrationBuilder.CreateIndex(
                name: "ix_article_sources_article_id",
                table: "article_sources",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_sources_path",
                table: "article_sources",
                column: "path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_content_hash",
                table: "articles",
                column: "content_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_published_at",
                table: "articles",
                column: "published_at");

            migrationBuilder.CreateIndex(
                name: "ix_articles_status",
                table: "articles",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_companies_canonical_name",
                table: "companies",
                column: "canonical_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_parent_id",
                table: "companies",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_company_aliases_company_id",
                table: "company_aliases",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_company_aliases_name",
                table: "company_aliases",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_import_file_outcomes_import_run_id_outcome",
                table: "import_file_outcomes",
                columns: new[] { "import_run_id", "outcome" });

            migrationBuilder.CreateIndex(
                name: "ix_import_runs_status_requested_at",
                table: "import_runs",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_partnership_events_company_a_id_company_b_id_stage",
                table: "partnership_events",
                columns: new[] { "company_a_id", "company_b_id", "stage" });

            migrationBuilder.CreateIndex(
                name: "ix_partnership_events_company_b_id",
                table: "partnership_events",
                column: "company_b_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_events_sort_date",
                table: "partnership_events",
                column: "sort_date");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_article_id",
                table: "partnership_mentions",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_event_id",
                table: "partnership_mentions",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_company_mentions");

            migrationBuilder.DropTable(
                name: "article_sources");

            migrationBuilder.DropTable(
                name: "company_aliases");

            migrationBuilder.DropTable(
                name: "import_file_outcomes");

            migrationBuilder.DropTable(
                name: "partnership_mentions");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "partnership_events");

            migrationBuilder.DropTable(
                name: "companies");
        }
    }
}
