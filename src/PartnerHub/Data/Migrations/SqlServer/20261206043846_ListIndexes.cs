using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_Kind_ObservedAt",
                table: "SensorEvents");

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_Kind_ObservedAt_ThreatClass_Severity",
                table: "SensorEvents",
                columns: new[] { "Kind", "ObservedAt", "ThreatClass", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "PartnerId", "Kind", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheetVersions_At",
                table: "ParameterSheetVersions",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OrderedOn_Number",
                table: "Contracts",
                columns: new[] { "OrderedOn", "Number" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_At_PartnerId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "At", "PartnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_Kind_ObservedAt_ThreatClass_Severity",
                table: "SensorEvents");

            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt",
                table: "SensorEvents");

            migrationBuilder.DropIndex(
                name: "IX_ParameterSheetVersions_At",
                table: "ParameterSheetVersions");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_OrderedOn_Number",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_At_PartnerId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "Kind", "ObservedAt" });
        }
    }
}
