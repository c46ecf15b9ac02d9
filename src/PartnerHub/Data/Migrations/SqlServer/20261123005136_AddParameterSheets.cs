using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddParameterSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParameterSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ConfirmationSource = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParameterSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParameterSheets_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParameterSheets_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParameterSheetEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SheetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParameterSheetEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParameterSheetEvent_ParameterSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ParameterSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParameterSheetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SheetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Content_SiteName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content_SiteAddress = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Content_RackLocation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Content_ManagementIp = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: false),
                    Content_PrefixLength = table.Column<int>(type: "int", nullable: false),
                    Content_Gateway = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: false),
                    Content_DnsServers = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content_NtpServers = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Content_Proxy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Content_MirrorPort = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content_MonitoredSegments = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Content_ExpectedBandwidthMbps = table.Column<long>(type: "bigint", nullable: false),
                    Content_ExpectedEndpoints = table.Column<int>(type: "int", nullable: false),
                    Content_NotificationEmails = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Content_NotificationLanguage = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Content_OnSiteContactName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content_OnSiteContactPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParameterSheetVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParameterSheetVersions_ParameterSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ParameterSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheetEvent_SheetId",
                table: "ParameterSheetEvent",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheets_ContractId",
                table: "ParameterSheets",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheets_CustomerId",
                table: "ParameterSheets",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheets_PartnerId_Status",
                table: "ParameterSheets",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheetVersions_SheetId_Number",
                table: "ParameterSheetVersions",
                columns: new[] { "SheetId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParameterSheetEvent");

            migrationBuilder.DropTable(
                name: "ParameterSheetVersions");

            migrationBuilder.DropTable(
                name: "ParameterSheets");
        }
    }
}
