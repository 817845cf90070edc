using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoreMentionCompanyIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "company_a_group_id",
                table: "partnership_mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "company_a_id",
                table: "partnership_mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "company_b_group_id",
                table: "partnership_mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "company_b_id",
                table: "partnership_mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Mentions stored before: the groups are their event's (the writer always stored side A as the event's
            // company_a_id); the company as written is the article's tag of that name in that group, at the
            // mention's offset if one is there, else the group itself (a headline's offsets point into the title).
            migrationBuilder.Sql(
                """
                UPDATE partnership_mentions AS m
                   SET company_a_group_id = e.company_a_id,
                       company_b_group_id = e.company_b_id,
                       company_a_id = coalesce(
                           (SELECT t.company_id FROM article_company_mentions AS t
                             WHERE t.article_id = m.article_id AND t.group_id = e.company_a_id AND t.as_written = m.company_a_as_written
                             ORDER BY t.start = m.company_a_start DESC, t.id LIMIT 1),
                           e.company_a_id),
                       company_b_id = coalesce(
                           (SELECT t.company_id FROM article_company_mentions AS t
                             WHERE t.article_id = m.article_id AND t.group_id = e.company_b_id AND t.as_written = m.company_b_as_written
                             ORDER BY t.start = m.company_b_start DESC, t.id LIMIT 1),
                           e.company_b_id)
                  FROM partnership_events AS e
                 WHERE e.id = m.event_id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_company_a_group_id",
                table: "partnership_mentions",
                column: "company_a_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_company_a_id",
                table: "partnership_mentions",
                column: "company_a_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_company_b_group_id",
                table: "partnership_mentions",
                column: "company_b_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_mentions_company_b_id",
                table: "partnership_mentions",
                column: "company_b_id");

            migrationBuilder.AddForeignKey(
                name: "fk_partnership_mentions_companies_company_a_group_id",
                table: "partnership_mentions",
                column: "company_a_group_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_partnership_mentions_companies_company_a_id",
                table: "partnership_mentions",
                column: "company_a_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_partnership_mentions_companies_company_b_group_id",
                table: "partnership_mentions",
                column: "company_b_group_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_partnership_mentions_companies_company_b_id",
                table: "partnership_mentions",
                column: "company_b_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_partnership_mentions_companies_company_a_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropForeignKey(
                name: "fk_partnership_mentions_companies_company_a_id",
                table: "partnership_mentions");

            migrationBuilder.DropForeignKey(
                name: "fk_partnership_mentions_companies_company_b_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropForeignKey(
                name: "fk_partnership_mentions_companies_company_b_id",
                table: "partnership_mentions");

            migrationBuilder.DropIndex(
                name: "ix_partnership_mentions_company_a_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropIndex(
                name: "ix_partnership_mentions_company_a_id",
                table: "partnership_mentions");

            migrationBuilder.DropIndex(
                name: "ix_partnership_mentions_company_b_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropIndex(
                name: "ix_partnership_mentions_company_b_id",
                table: "partnership_mentions");

            migrationBuilder.DropColumn(
                name: "company_a_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropColumn(
                name: "company_a_id",
                table: "partnership_mentions");

            migrationBuilder.DropColumn(
                name: "company_b_group_id",
                table: "partnership_mentions");

            migrationBuilder.DropColumn(
                name: "company_b_id",
                table: "partnership_mentions");
        }
    }
}
