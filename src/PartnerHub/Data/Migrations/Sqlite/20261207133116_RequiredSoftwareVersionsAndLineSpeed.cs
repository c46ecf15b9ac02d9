using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequiredSoftwareVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MinimumVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
