using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BillPendingCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourcePendingChargeId",
                table: "InvoiceItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceItems_SourcePendingChargeId",
                table: "InvoiceItems",
                column: "SourcePendingChargeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceItems_SourcePendingChargeId",
                table: "InvoiceItems");

            migrationBuilder.DropColumn(
                name: "SourcePendingChargeId",
                table: "InvoiceItems");
        }
    }
}
