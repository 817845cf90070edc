using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_article_sources_path",
                table: "article_sources");

            migrationBuilder.AddColumn<long>(
                name: "source_id",
                table: "import_runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "article_sources",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Every source stored before feeds is a file.
                defaultValue: "File");

            migrationBuilder.AddColumn<long>(
                name: "source_id",
                table: "article_sources",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    locator = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    schedule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recursive = table.Column<bool>(type: "boolean", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_success_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    items_seen = table.Column<int>(type: "integer", nullable: false),
                    items_new = table.Column<int>(type: "integer", nullable: false),
                    last_run_id = table.Column<long>(type: "bigint", nullable: true),
                    etag = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_import_runs_source_id",
                table: "import_runs",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_source_url",
                table: "articles",
                column: "source_url");

            migrationBuilder.CreateIndex(
                name: "ix_article_sources_kind_path",
                table: "article_sources",
                columns: new[] { "kind", "path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_article_sources_source_id",
                table: "article_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_sources_kind_locator",
                table: "sources",
                columns: new[] { "kind", "locator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sources_name",
                table: "sources",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sources_next_run_at",
                table: "sources",
                column: "next_run_at",
                filter: "enabled");

            migrationBuilder.AddForeignKey(
                name: "fk_article_sources_sources_source_id",
                table: "article_sources",
                column: "source_id",
                principalTable: "sources",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_import_runs_sources_source_id",
                table: "import_runs",
                column: "source_id",
                principalTable: "sources",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_article_sources_sources_source_id",
                table: "article_sources");

            migrationBuilder.DropForeignKey(
                name: "fk_import_runs_sources_source_id",
                table: "import_runs");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropIndex(
                name: "ix_import_runs_source_id",
                table: "import_runs");

            migrationBuilder.DropIndex(
                name: "ix_articles_source_url",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_article_sources_kind_path",
                table: "article_sources");

            migrationBuilder.DropIndex(
                name: "ix_article_sources_source_id",
                table: "article_sources");

            migrationBuilder.DropColumn(
                name: "source_id",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "article_sources");

            migrationBuilder.DropColumn(
                name: "source_id",
                table: "article_sources");

            migrationBuilder.CreateIndex(
                name: "ix_article_sources_path",
                table: "article_sources",
                column: "path",
                unique: true);
        }
    }
}
