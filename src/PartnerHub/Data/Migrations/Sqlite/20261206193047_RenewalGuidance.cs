using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenewalGuidance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuidanceBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Written = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextTermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextTermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fee = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CancelBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JapaneseEra = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmailQueuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceLetters_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceLetters_GuidanceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "GuidanceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceBatches_FiscalYear_StartedAt",
                table: "GuidanceBatches",
                columns: new[] { "FiscalYear", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_BatchId",
                table: "GuidanceLetters",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_ContractId_FiscalYear",
                table: "GuidanceLetters",
                columns: new[] { "ContractId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_FiscalYear_PartnerId",
                table: "GuidanceLetters",
                columns: new[] { "FiscalYear", "PartnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuidanceLetters");

            migrationBuilder.DropTable(
                name: "GuidanceBatches");
        }
    }
}
