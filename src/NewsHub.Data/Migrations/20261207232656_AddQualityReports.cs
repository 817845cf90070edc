using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddQualityReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quality_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    measured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    newshub_version = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quality_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quality_report_figures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    quality_report_id = table.Column<long>(type: "bigint", nullable: false),
                    gold_set = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pairs_found = table.Column<int>(type: "integer", nullable: false),
                    pairs_missed = table.Column<int>(type: "integer", nullable: false),
                    false_pairs = table.Column<int>(type: "integer", nullable: false),
                    dates_right = table.Column<int>(type: "integer", nullable: false),
                    dates_scored = table.Column<int>(type: "integer", nullable: false),
                    companies_found = table.Column<int>(type: "integer", nullable: false),
                    companies_required = table.Column<int>(type: "integer", nullable: false),
                    files_without_output = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quality_report_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_quality_report_figures_quality_reports_quality_report_id",
                        column: x => x.quality_report_id,
                        principalTable: "quality_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_quality_report_figures_quality_report_id_gold_set_source",
                table: "quality_report_figures",
                columns: new[] { "quality_report_id", "gold_set", "source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_quality_reports_measured_at",
                table: "quality_reports",
                column: "measured_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quality_report_figures");

            migrationBuilder.DropTable(
                name: "quality_reports");
        }
    }
}
