using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddJournalMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JournalMappingSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivableAccount = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SalesAccount = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SalesReturnsAccount = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivableTaxCategory = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CounterpartyAsSubAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StandardSales = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReducedSales = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExemptSales = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StandardReturns = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReducedReturns = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExemptReturns = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalMappingSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalMappingSettings_Target",
                table: "JournalMappingSettings",
                column: "Target",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalMappingSettings");
        }
    }
}
