using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceNoticeWithdrawalAndCorrection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CorrectsId",
                table: "ServiceNotices",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalNoticeDate",
                table: "ServiceNotices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "ServiceNotices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "ServiceNotices",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SupersededOn",
                table: "ServiceNotices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "ServiceNotices",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "ServiceNotices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "ServiceNotices",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawnOn",
                table: "ServiceNotices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Withdrawal",
                table: "ServiceNoticeDeliveries",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "OutboundEmails",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNotices_CorrectsId",
                table: "ServiceNotices",
                column: "CorrectsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceNotices_CorrectsId",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "CorrectsId",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "OriginalNoticeDate",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "SupersededOn",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawnOn",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "Withdrawal",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "OutboundEmails");
        }
    }
}
