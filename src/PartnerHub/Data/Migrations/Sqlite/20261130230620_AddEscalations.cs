using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddEscalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HearingSheetTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingSheetTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ThreatClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ApplianceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AlertEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpeningSnapshot = table.Column<string>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Caller_CallerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Caller_CallerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Caller_CallerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Caller_Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Caller_NameMatches = table.Column<bool>(type: "INTEGER", nullable: false),
                    Caller_EvidenceMatches = table.Column<bool>(type: "INTEGER", nullable: false),
                    Caller_At = table.Column<long>(type: "INTEGER", nullable: false),
                    Caller_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Caller_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CallerPolicy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HearingTemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HearingTemplateVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    HearingSheetMarking = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerAnswer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FirstAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstAnswerChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCases_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportCases_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HearingQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TextJa = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingQuestions_HearingSheetTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "HearingSheetTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScanStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseAttachments_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseCustomerRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FulfilledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseCustomerRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseCustomerRequests_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseEvents_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseHearingAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseHearingAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseHearingAnswers_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorSide = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseNotes_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaseReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaseReports_SupportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SupportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HearingQuestions_TemplateId",
                table: "HearingQuestions",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingSheetTemplates_Name_VersionNumber",
                table: "HearingSheetTemplates",
                columns: new[] { "Name", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseAttachments_CaseId",
                table: "SupportCaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseAttachments_StorageKey",
                table: "SupportCaseAttachments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseCustomerRequests_CaseId",
                table: "SupportCaseCustomerRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseEvents_CaseId_Sequence",
                table: "SupportCaseEvents",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseHearingAnswers_CaseId",
                table: "SupportCaseHearingAnswers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseNotes_CaseId",
                table: "SupportCaseNotes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaseReports_CaseId",
                table: "SupportCaseReports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCases_CustomerId",
                table: "SupportCases",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCases_Number",
                table: "SupportCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportCases_PartnerId_Status",
                table: "SupportCases",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportCases_Status_EscalatedAt",
                table: "SupportCases",
                columns: new[] { "Status", "EscalatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HearingQuestions");

            migrationBuilder.DropTable(
                name: "SupportCaseAttachments");

            migrationBuilder.DropTable(
                name: "SupportCaseCustomerRequests");

            migrationBuilder.DropTable(
                name: "SupportCaseEvents");

            migrationBuilder.DropTable(
                name: "SupportCaseHearingAnswers");

            migrationBuilder.DropTable(
                name: "SupportCaseNotes");

            migrationBuilder.DropTable(
                name: "SupportCaseReports");

            migrationBuilder.DropTable(
                name: "HearingSheetTemplates");

            migrationBuilder.DropTable(
                name: "SupportCases");
        }
    }
}
