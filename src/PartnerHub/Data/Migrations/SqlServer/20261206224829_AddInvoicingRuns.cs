using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddInvoicingRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceCharge",
                table: "InvoiceItems",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            // Contract lines issued before charges were told apart all billed a term's fee.
            // EXEC defers the statement's compilation, so a script that adds the column in the same batch runs.
            migrationBuilder.Sql("EXEC(N'UPDATE [InvoiceItems] SET [SourceCharge] = N''TermFee'' WHERE [SourceContractId] IS NOT NULL')");

            migrationBuilder.CreateTable(
                name: "InvoicingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IssuerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    InvoicesPlanned = table.Column<int>(type: "int", nullable: false),
                    InvoicesIssued = table.Column<int>(type: "int", nullable: false),
                    LinesIssued = table.Column<int>(type: "int", nullable: false),
                    AmountIssued = table.Column<long>(type: "bigint", nullable: false),
                    ChargesAlreadyBilled = table.Column<int>(type: "int", nullable: false),
                    InvoicesRefused = table.Column<int>(type: "int", nullable: false),
                    ContractsRefused = table.Column<int>(type: "int", nullable: false),
                    FailureMessage = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicingRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicingRuns_Organisations_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoicingRunProblems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicingRunProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicingRunProblems_InvoicingRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "InvoicingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceItems_SourceContractId_SourceTerm",
                table: "InvoiceItems",
                columns: new[] { "SourceContractId", "SourceTerm" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRunProblems_RunId",
                table: "InvoicingRunProblems",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_IssuerId",
                table: "InvoicingRuns",
                column: "IssuerId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_StartedAt",
                table: "InvoicingRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_Year_Month",
                table: "InvoicingRuns",
                columns: new[] { "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoicingRunProblems");

            migrationBuilder.DropTable(
                name: "InvoicingRuns");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceItems_SourceContractId_SourceTerm",
                table: "InvoiceItems");

            migrationBuilder.DropColumn(
                name: "SourceCharge",
                table: "InvoiceItems");
        }
    }
}
