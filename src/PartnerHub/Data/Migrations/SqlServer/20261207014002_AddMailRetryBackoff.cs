using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddMailRetryBackoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                table: "OutboundEmails",
                type: "datetimeoffset",
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
