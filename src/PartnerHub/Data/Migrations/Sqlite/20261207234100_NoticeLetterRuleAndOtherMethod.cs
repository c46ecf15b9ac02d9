using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoticeLetterRuleAndOtherMethod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "LetterRecordedBy",
                table: "ServiceNoticeDeliveries",
                newName: "RecordedBy");

            migrationBuilder.AddColumn<string>(
                name: "LetterDelivery",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Letters stored before the rule was a policy setting were all deemed delivered on their normal arrival.
                defaultValue: "NormalArrival");

            migrationBuilder.AddColumn<string>(
                name: "OtherMethod",
                table: "ServiceNoticeDeliveries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LetterDelivery",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.DropColumn(
                name: "OtherMethod",
                table: "ServiceNoticeDeliveries");

            migrationBuilder.RenameColumn(
                name: "RecordedBy",
                table: "ServiceNoticeDeliveries",
                newName: "LetterRecordedBy");
        }
    }
}
