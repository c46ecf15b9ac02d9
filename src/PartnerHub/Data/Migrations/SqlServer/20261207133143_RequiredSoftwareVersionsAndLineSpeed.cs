using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RequiredSoftwareVersionsAndLineSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Content_LineSpeedMbps",
                table: "ParameterSheetVersions",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequiredSoftwareVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MinimumVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredSoftwareVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequiredSoftwareVersions_ModelCode_EffectiveFrom",
                table: "RequiredSoftwareVersions",
                columns: new[] { "ModelCode", "EffectiveFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequiredSoftwareVersions");

            migrationBuilder.DropColumn(
                name: "Content_LineSpeedMbps",
                table: "ParameterSheetVersions");
        }
    }
}
