using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceNoticeWithdrawalLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawsLetterId",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_WithdrawsLetterId",
                table: "ServiceNoticeDeliveries",
                column: "WithdrawsLetterId");

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceNoticeDeliveries_ServiceNoticeDeliveries_WithdrawsLetterId",
                table: "ServiceNoticeDeliveries",
                column: "WithdrawsLetterId",
                principalTable: "ServiceNoticeDeliveries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ServiceNoticeDeliveries_ServiceNoticeDeliveries_WithdrawsLetterId",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_ServiceNoticeDeliveries_WithdrawsLetterId",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropColumn(
                name: "WithdrawsLetterId",
                table: "ServiceNoticeDeliveries");
        }
    }
}
