using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <summary>
    /// Each partnership mention keeps its article's publication day (<c>article_published_on</c>), so that
    /// summing up an event reads its mentions alone. Filled in here from the articles: the UTC instant
    /// moved by the offset the article was written with, as <c>EventDates.CalendarDate</c> does.
    /// </summary>
    public partial class AddMentionPublicationDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "article_published_on",
                table: "partnership_mentions",
                type: "date",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE partnership_mentions AS m
                   SET article_published_on = ((a.published_at AT TIME ZONE 'UTC')
                                               + make_interval(mins => coalesce(a.published_offset_minutes, 0)))::date
                  FROM articles AS a
                 WHERE a.id = m.article_id AND a.published_at IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "article_published_on",
                table: "partnership_mentions");
        }
    }
}
