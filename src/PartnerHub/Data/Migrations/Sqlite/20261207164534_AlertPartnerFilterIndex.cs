using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlertPartnerFilterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt",
                table: "SensorEvents");

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt_ThreatClass_Severity",
                table: "SensorEvents",
                columns: new[] { "PartnerId", "Kind", "ObservedAt", "ThreatClass", "Severity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt_ThreatClass_Severity",
                table: "SensorEvents");

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "PartnerId", "Kind", "ObservedAt" });
        }
    }
}
