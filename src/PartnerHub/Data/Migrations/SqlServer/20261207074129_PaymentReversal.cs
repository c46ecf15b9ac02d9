using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaymentReversal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReversalReason",
                table: "Payments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversalRecordIdentity",
                table: "Payments",
                type: "varchar(120)",
                unicode: false,
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReversedAt",
                table: "Payments",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedBy",
                table: "Payments",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReversedOn",
                table: "Payments",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReversalRecordIdentity",
                table: "Payments",
                column: "ReversalRecordIdentity",
                unique: true,
                filter: "[ReversalRecordIdentity] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_ReversalRecordIdentity",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversalReason",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversalRecordIdentity",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedBy",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedOn",
                table: "Payments");
        }
    }
}
