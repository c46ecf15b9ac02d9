using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SwapCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OldApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OldSerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    WhatHappened = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReportedInWritingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HealthAtOpening = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PartnerAttribution_Attribution = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PartnerAttribution_Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PartnerAttribution_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PartnerAttribution_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PartnerAttribution_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FinalAttribution_Attribution = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    FinalAttribution_Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FinalAttribution_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FinalAttribution_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinalAttribution_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SwapCost = table.Column<long>(type: "bigint", nullable: true),
                    ReplacementKittingTaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacementApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacementSerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReplacementDeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OldUnitReturnDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outage_VendorAwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_RestoredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_FullDays = table.Column<int>(type: "int", nullable: true),
                    Outage_DayPrice = table.Column<long>(type: "bigint", nullable: true),
                    Outage_Amount = table.Column<long>(type: "bigint", nullable: true),
                    Outage_RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                unique: true,
                filter: "[SwapCaseId] IS NOT NULL");

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
