using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanPolicyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PolicySettings",
                table: "Contracts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PolicyVersionId",
                table: "Contracts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanPolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Settings = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPolicyVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PolicyVersionId",
                table: "Contracts",
                column: "PolicyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPolicyVersions_PlanCode_EffectiveFrom",
                table: "PlanPolicyVersions",
                columns: new[] { "PlanCode", "EffectiveFrom" });

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_PlanPolicyVersions_PolicyVersionId",
                table: "Contracts",
                column: "PolicyVersionId",
                principalTable: "PlanPolicyVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_PlanPolicyVersions_PolicyVersionId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "PlanPolicyVersions");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_PolicyVersionId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "PolicySettings",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "PolicyVersionId",
                table: "Contracts");
        }
    }
}
