using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceNoticeLetterPostingAndPartnerNarrowing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TargetPartners",
                table: "ServiceNotices",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterPostedOn",
                table: "ServiceNoticeDeliveries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterRecordedBy",
                table: "ServiceNoticeDeliveries",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterReturnedOn",
                table: "ServiceNoticeDeliveries",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TargetPartners",
                table: "ServiceNotices");

            migrationBuilder.DropColumn(
                name: "LetterPostedOn",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropColumn(
                name: "LetterRecordedBy",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropColumn(
                name: "LetterReturnedOn",
                table: "ServiceNoticeDeliveries");
        }
    }
}
