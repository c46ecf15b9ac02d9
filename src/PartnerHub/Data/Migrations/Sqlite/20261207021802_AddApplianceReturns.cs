using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddApplianceReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReturnTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HardwareVendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReasonNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShippingPaidBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConditionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LateExcuse = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Appliances_ApplianceId",
                        column: x => x.ApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_ApplianceId_Status",
                table: "ReturnTasks",
                columns: new[] { "ApplianceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_ContractId",
                table: "ReturnTasks",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_HardwareVendorId_Status",
                table: "ReturnTasks",
                columns: new[] { "HardwareVendorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_PartnerId_Status_Deadline",
                table: "ReturnTasks",
                columns: new[] { "PartnerId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_Status_Deadline",
                table: "ReturnTasks",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReturnTasks");
        }
    }
}
