using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMailRetryBackoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextAttemptAt",
                table: "OutboundEmails",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "OutboundEmails");
        }
    }
}
