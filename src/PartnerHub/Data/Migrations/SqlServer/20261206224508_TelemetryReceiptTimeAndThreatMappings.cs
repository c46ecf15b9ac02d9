using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
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
                type: "float",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThreatMappingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchBy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Pattern = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ThreatClass = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ThreatKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
