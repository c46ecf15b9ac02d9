using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TelemetryReceiptTimeAndThreatMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ClockSkewSeconds",
                table: "DeviceHealths",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThreatMappingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ThreatClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ThreatKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreatMappingRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_ReceivedAt",
                table: "SensorEvents",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ThreatMappingRules_MatchBy_Pattern",
                table: "ThreatMappingRules",
                columns: new[] { "MatchBy", "Pattern" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ThreatMappingRules");

            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_ReceivedAt",
                table: "SensorEvents");

            migrationBuilder.DropColumn(
                name: "ClockSkewSeconds",
                table: "DeviceHealths");
        }
    }
}
