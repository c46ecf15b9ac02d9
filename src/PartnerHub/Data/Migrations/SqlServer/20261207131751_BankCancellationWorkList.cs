using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BankCancellationWorkList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BankCancellations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordIdentity = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    AccountKey = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    ReferenceKey = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    Account = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    InquiryNumber = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PayerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BookingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    SourceRecordNumber = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Cause = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    RefusedPaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RefusalDetail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    MatchedPaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Resolution = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ResolvedByImportOf = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResolvedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankCancellations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankCancellations_Payments_MatchedPaymentId",
                        column: x => x.MatchedPaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BankCancellations_Payments_RefusedPaymentId",
                        column: x => x.RefusedPaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankCancellations_MatchedPaymentId",
                table: "BankCancellations",
                column: "MatchedPaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_BankCancellations_RecordIdentity",
                table: "BankCancellations",
                column: "RecordIdentity",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankCancellations_RefusedPaymentId",
                table: "BankCancellations",
                column: "RefusedPaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_BankCancellations_Status_AccountKey_ReferenceKey",
                table: "BankCancellations",
                columns: new[] { "Status", "AccountKey", "ReferenceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_BankCancellations_Status_BookingDate",
                table: "BankCancellations",
                columns: new[] { "Status", "BookingDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankCancellations");
        }
    }
}
