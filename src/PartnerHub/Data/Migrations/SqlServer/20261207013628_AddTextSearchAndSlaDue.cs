using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddTextSearchAndSlaDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstAnswerDueAt",
                table: "SupportCases",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_CustomerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "CustomerId", "Kind", "ObservedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_CustomerId_Kind_ObservedAt",
                table: "SensorEvents");

            migrationBuilder.DropColumn(
                name: "FirstAnswerDueAt",
                table: "SupportCases");
        }
    }
}
