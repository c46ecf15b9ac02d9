using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterPostedOn",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterRecordedBy",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterReturnedOn",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
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
