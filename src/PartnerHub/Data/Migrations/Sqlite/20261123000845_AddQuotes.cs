using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddQuotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriceLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntriesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Endpoints = table.Column<int>(type: "INTEGER", nullable: false),
                    BandwidthMbps = table.Column<long>(type: "INTEGER", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceBasis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PriceListName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitWholesale = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitRetail = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleTaxExcluded = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleTax = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    RetailTaxExcluded = table.Column<long>(type: "INTEGER", nullable: false),
                    RetailTax = table.Column<long>(type: "INTEGER", nullable: false),
                    RetailTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxRatePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotes_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PriceLists_ValidFrom",
                table: "PriceLists",
                column: "ValidFrom");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_CustomerId",
                table: "Quotes",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Number",
                table: "Quotes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_PartnerId_IssuedAt",
                table: "Quotes",
                columns: new[] { "PartnerId", "IssuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceLists");

            migrationBuilder.DropTable(
                name: "Quotes");
        }
    }
}
