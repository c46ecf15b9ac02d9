using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
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
            // EXEC: the idempotent script compiles the batch before the column exists.
            migrationBuilder.Sql(
                """
                EXEC(N'UPDATE p SET p.[ForInvoiceId] =
                    (SELECT TOP (1) a.[InvoiceId] FROM [PaymentAllocations] AS a WHERE a.[PaymentId] = p.[Id] ORDER BY a.[AllocatedAt])
                FROM [Payments] AS p
                WHERE p.[PayeePartnerId] IS NOT NULL AND p.[ForInvoiceId] IS NULL;');
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
