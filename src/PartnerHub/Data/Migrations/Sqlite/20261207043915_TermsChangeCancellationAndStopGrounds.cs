using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TermsChangeCancellationAndStopGrounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ground",
                table: "ServiceNotices",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EarlyEndNoticeId",
                table: "Contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_EarlyEndNoticeId",
                table: "Contracts",
                column: "EarlyEndNoticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_EarlyEndNoticeId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "Ground",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "EarlyEndNoticeId",
                table: "Contracts");
        }
    }
}
