using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReceivableAccount = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SalesAccount = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SalesReturnsAccount = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReceivableTaxCategory = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CounterpartyAsSubAccount = table.Column<bool>(type: "bit", nullable: false),
                    Department = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StandardSales = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReducedSales = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExemptSales = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StandardReturns = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReducedReturns = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExemptReturns = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
