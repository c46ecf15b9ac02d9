using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddApplianceSwaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks");

            migrationBuilder.AddColumn<Guid>(
                name: "SwapCaseId",
                table: "KittingTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SwapCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldSerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedInWritingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HealthAtOpening = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PartnerAttribution_Attribution = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PartnerAttribution_Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PartnerAttribution_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PartnerAttribution_At = table.Column<long>(type: "INTEGER", nullable: true),
                    PartnerAttribution_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FinalAttribution_Attribution = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FinalAttribution_Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FinalAttribution_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FinalAttribution_At = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalAttribution_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SwapCost = table.Column<long>(type: "INTEGER", nullable: true),
                    ReplacementKittingTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacementApplianceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacementSerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReplacementDeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OldUnitReturnDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outage_VendorAwareAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outage_RestoredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outage_FullDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Outage_DayPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    Outage_Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Outage_RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outage_RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwapCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwapCases_Appliances_OldApplianceId",
                        column: x => x.OldApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwapCases_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwapCases_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks",
                column: "ContractId",
                unique: true,
                filter: "SwapCaseId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_SwapCaseId",
                table: "KittingTasks",
                column: "SwapCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_ContractId",
                table: "SwapCases",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_OldApplianceId",
                table: "SwapCases",
                column: "OldApplianceId");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_OpenedAt",
                table: "SwapCases",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_PartnerId_Status",
                table: "SwapCases",
                columns: new[] { "PartnerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SwapCases");

            migrationBuilder.DropIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks");

            migrationBuilder.DropIndex(
                name: "IX_KittingTasks_SwapCaseId",
                table: "KittingTasks");

            migrationBuilder.DropColumn(
                name: "SwapCaseId",
                table: "KittingTasks");

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks",
                column: "ContractId",
                unique: true);
        }
    }
}
