using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoreHeadlinePartnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "in_headline",
                table: "partnership_mentions",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "in_headline",
                table: "partnership_mentions");
        }
    }
}
