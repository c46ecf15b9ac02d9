using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerReceiptInvoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ForInvoiceId",
                table: "Payments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ForInvoiceId",
                table: "Payments",
                column: "ForInvoiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Payments_Invoices_ForInvoiceId",
                table: "Payments",
                column: "ForInvoiceId",
                principalTable: "Invoices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Receipts recorded before: the invoice they were recorded against is the one their first allocation settles.
            migrationBuilder.Sql(
                """
                UPDATE "Payments" SET "ForInvoiceId" =
                    (SELECT a."InvoiceId" FROM "PaymentAllocations" AS a WHERE a."PaymentId" = "Payments"."Id" ORDER BY a."AllocatedAt" LIMIT 1)
                WHERE "PayeePartnerId" IS NOT NULL AND "ForInvoiceId" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Payments_Invoices_ForInvoiceId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_ForInvoiceId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ForInvoiceId",
                table: "Payments");
        }
    }
}
