using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddHardware : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appliances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HardwareVendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appliances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appliances_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KittingTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HardwareVendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompletedChecklist = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedDeliveryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KittingTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KittingTasks_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KittingTasks_Organisations_HardwareVendorId",
                        column: x => x.HardwareVendorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplianceEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplianceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplianceEvents_Appliances_ApplianceId",
                        column: x => x.ApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplianceEvents_ApplianceId",
                table: "ApplianceEvents",
                column: "ApplianceId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_ContractId",
                table: "Appliances",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_HardwareVendorId",
                table: "Appliances",
                column: "HardwareVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_PartnerId",
                table: "Appliances",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_SerialNumber",
                table: "Appliances",
                column: "SerialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_Status_ModelCode",
                table: "Appliances",
                columns: new[] { "Status", "ModelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_HardwareVendorId_Status",
                table: "KittingTasks",
                columns: new[] { "HardwareVendorId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplianceEvents");

            migrationBuilder.DropTable(
                name: "KittingTasks");

            migrationBuilder.DropTable(
                name: "Appliances");
        }
    }
}
