using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContractLetterStoredAttachment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "UploadedAt",
                table: "ContractLetters",
                newName: "At");

            // Only clean letters were ever kept (RecordNonRenewal refuses any other scan result), so existing rows are Clean.
            migrationBuilder.AddColumn<string>(
                name: "ScanStatus",
                table: "ContractLetters",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Clean");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScanStatus",
                table: "ContractLetters");

            migrationBuilder.RenameColumn(
                name: "At",
                table: "ContractLetters",
                newName: "UploadedAt");
        }
    }
}
