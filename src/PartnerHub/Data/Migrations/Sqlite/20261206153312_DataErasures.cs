using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataErasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataErasures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_ContractId",
                table: "DataErasures",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_CustomerId_ContractId",
                table: "DataErasures",
                columns: new[] { "CustomerId", "ContractId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_PartnerId",
                table: "DataErasures",
                column: "PartnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataErasures");
        }
    }
}
