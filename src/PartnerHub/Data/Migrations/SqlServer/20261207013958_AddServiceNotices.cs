using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddServiceNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TitleJa = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BodyJa = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: false),
                    BodyEn = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecipientAction = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NewTerms = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: true),
                    EmergencyReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FeesDuringSuspension = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PublishedAsEmergency = table.Column<bool>(type: "bit", nullable: false),
                    TargetKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TargetValues = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CustomerCount = table.Column<int>(type: "int", nullable: false),
                    PartnerCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNoticeDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Audience = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    OutboundEmailId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    QueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DeemedDeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LetterArrivesOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNoticeDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNoticeDeliveries_OutboundEmails_OutboundEmailId",
                        column: x => x.OutboundEmailId,
                        principalTable: "OutboundEmails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceNoticeDeliveries_ServiceNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "ServiceNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNoticePartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerCount = table.Column<int>(type: "int", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNoticePartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNoticePartners_ServiceNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "ServiceNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNoticeRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PlanCodes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNoticeRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNoticeRecipients_ServiceNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "ServiceNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_NoticeId_PartnerId",
                table: "ServiceNoticeDeliveries",
                columns: new[] { "NoticeId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_OutboundEmailId",
                table: "ServiceNoticeDeliveries",
                column: "OutboundEmailId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticePartners_NoticeId_PartnerId",
                table: "ServiceNoticePartners",
                columns: new[] { "NoticeId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticePartners_PartnerId",
                table: "ServiceNoticePartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeRecipients_NoticeId_CustomerId",
                table: "ServiceNoticeRecipients",
                columns: new[] { "NoticeId", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeRecipients_NoticeId_PartnerId",
                table: "ServiceNoticeRecipients",
                columns: new[] { "NoticeId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNotices_PublishedAt",
                table: "ServiceNotices",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceNoticeDeliveries");

            migrationBuilder.DropTable(
                name: "ServiceNoticePartners");

            migrationBuilder.DropTable(
                name: "ServiceNoticeRecipients");

            migrationBuilder.DropTable(
                name: "ServiceNotices");
        }
    }
}
