using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertDailyCounts",
                columns: table => new
                {
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ThreatClass = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDailyCounts", x => new { x.ApplianceId, x.Day, x.ThreatClass });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EntityType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CalendarCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarAdjustments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataErasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviceStateChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    From = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Issues = table.Column<int>(type: "int", nullable: false),
                    Restart = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceStateChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Written = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false),
                    Failed = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HearingSheetTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingSheetTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestedBatches",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BridgeId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Accepted = table.Column<int>(type: "int", nullable: false),
                    Duplicates = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedBatches", x => x.BatchId);
                });

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

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameKana = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CorporateNumber = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: true),
                    InvoiceRegistrationNumber = table.Column<string>(type: "nvarchar(14)", maxLength: 14, nullable: true),
                    PostalCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Representative = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AgreementStartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboundEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Recipient = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Abandoned = table.Column<bool>(type: "bit", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanPolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Settings = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPolicyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriceLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Basis = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EntriesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequiredSoftwareVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MinimumVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredSoftwareVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SensorEvents",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplianceSerial = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EveEventType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ObservedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SignatureId = table.Column<long>(type: "bigint", nullable: true),
                    Signature = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Category = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Severity = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ThreatClass = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ThreatKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SourceIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SourcePort = table.Column<int>(type: "int", nullable: true),
                    DestinationIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DestinationPort = table.Column<int>(type: "int", nullable: true),
                    Protocol = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    AppProtocol = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    UptimeSeconds = table.Column<long>(type: "bigint", nullable: true),
                    RawJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensorEvents", x => x.EventId);
                });

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
                    Ground = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PublishedAsEmergency = table.Column<bool>(type: "bit", nullable: false),
                    TargetKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TargetValues = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TargetPartners = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CustomerCount = table.Column<int>(type: "int", nullable: false),
                    PartnerCount = table.Column<int>(type: "int", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OriginalNoticeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SupersededById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThreatMappingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchBy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Pattern = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ThreatClass = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ThreatKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreatMappingRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TextJa = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Required = table.Column<bool>(type: "bit", nullable: false),
                    Choices = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PreferredCulture = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameKana = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CorporateNumber = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: true),
                    PostalCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Prefecture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Industry = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Segment = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NotificationEmails = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NotificationLanguage = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    ServiceContact_Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ServiceContact_NameKana = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ServiceContact_Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ServiceContact_Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ServiceContact_Department = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Customers_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceNumberCounters",
                columns: table => new
                {
                    IssuerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Series = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceNumberCounters", x => new { x.IssuerId, x.FiscalYear, x.Series });
                    table.ForeignKey(
                        name: "FK_InvoiceNumberCounters_Organisations_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    IssuerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecipientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OriginalInvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OriginalNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    OriginalTransactionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PriceBasis = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Rounding = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    FiscalYear = table.Column<int>(type: "int", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IssuerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IssuerRegistrationNumber = table.Column<string>(type: "varchar(14)", unicode: false, maxLength: 14, nullable: true),
                    IssuerAddress = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    RecipientAddress = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    PdfSha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    CancelledByCreditNoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TaxExcludedTotal = table.Column<long>(type: "bigint", nullable: false),
                    TaxTotal = table.Column<long>(type: "bigint", nullable: false),
                    GrandTotal = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_Invoices_OriginalInvoiceId",
                        column: x => x.OriginalInvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invoices_Organisations_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoicingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IssuerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    InvoicesPlanned = table.Column<int>(type: "int", nullable: false),
                    InvoicesIssued = table.Column<int>(type: "int", nullable: false),
                    LinesIssued = table.Column<int>(type: "int", nullable: false),
                    AmountIssued = table.Column<long>(type: "bigint", nullable: false),
                    ChargesAlreadyBilled = table.Column<int>(type: "int", nullable: false),
                    InvoicesRefused = table.Column<int>(type: "int", nullable: false),
                    ContractsRefused = table.Column<int>(type: "int", nullable: false),
                    FailureMessage = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicingRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicingRuns_Organisations_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayerNames",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayerNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayerNames_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PayerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SourceFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    SourceRecordNumber = table.Column<int>(type: "int", nullable: true),
                    BankRecordIdentity = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: true),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MatchState = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    MatchReasons = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReversedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReversedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReversedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReversalReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReversalRecordIdentity = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetailInvoicingProfiles",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    IssuerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "varchar(14)", unicode: false, maxLength: 14, nullable: false),
                    PriceBasis = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Rounding = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FiscalYearStartMonth = table.Column<int>(type: "int", nullable: false),
                    PaymentTermDays = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetailInvoicingProfiles", x => x.PartnerId);
                    table.ForeignKey(
                        name: "FK_RetailInvoicingProfiles_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    Withdrawal = table.Column<bool>(type: "bit", nullable: false),
                    WithdrawsLetterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OutboundEmailId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    QueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DeemedDeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LetterArrivesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterPostedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterRecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
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
                        name: "FK_ServiceNoticeDeliveries_ServiceNoticeDeliveries_WithdrawsLetterId",
                        column: x => x.WithdrawsLetterId,
                        principalTable: "ServiceNoticeDeliveries",
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

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Units = table.Column<int>(type: "int", nullable: false),
                    AnnualFee = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleAnnualFee = table.Column<long>(type: "bigint", nullable: true),
                    PolicySettings = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PolicyVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveryCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceStartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CurrentTerm = table.Column<int>(type: "int", nullable: false),
                    CurrentTermEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonRenewalNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonRenewalReceivedByPartnerOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonRenewalForwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonRenewalLetterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EarlyEndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlyEndCause = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    EarlyEndRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlyEndReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EarlyEndNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ServiceEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_PlanPolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PlanPolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Endpoints = table.Column<int>(type: "int", nullable: false),
                    BandwidthMbps = table.Column<long>(type: "bigint", nullable: false),
                    Units = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    PriceBasis = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PriceListName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UnitWholesale = table.Column<long>(type: "bigint", nullable: false),
                    UnitRetail = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleTaxExcluded = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleTax = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleTotal = table.Column<long>(type: "bigint", nullable: false),
                    RetailTaxExcluded = table.Column<long>(type: "bigint", nullable: false),
                    RetailTax = table.Column<long>(type: "bigint", nullable: false),
                    RetailTotal = table.Column<long>(type: "bigint", nullable: false),
                    TaxRatePercent = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ServiceContactRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Contact_Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Contact_NameKana = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Contact_Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Contact_Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Contact_Department = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RegisteredFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceContactRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceContactRecords_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ThreatClass = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ApplianceSerial = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AlertEventId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OpeningSnapshot = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Caller_CallerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Caller_CallerPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Caller_CallerEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Caller_Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Caller_NameMatches = table.Column<bool>(type: "bit", nullable: false),
                    Caller_EvidenceMatches = table.Column<bool>(type: "bit", nullable: false),
                    Caller_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Caller_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Caller_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CallerPolicy = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    HearingTemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HearingTemplateVersion = table.Column<int>(type: "int", nullable: true),
                    HearingSheetMarking = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerAnswer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AssignedTo = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FirstAnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstAnswerDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstAnswerChannel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "DunningNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    DaysOverdue = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenBalance = table.Column<long>(type: "bigint", nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    QueuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DunningNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DunningNotices_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    TaxCategory = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SourceContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceTerm = table.Column<int>(type: "int", nullable: true),
                    SourceCharge = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SourcePendingChargeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ManualReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceItems_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoicePdfs",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicePdfs", x => x.InvoiceId);
                    table.ForeignKey(
                        name: "FK_InvoicePdfs_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceRateTotals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RatePercent = table.Column<int>(type: "int", nullable: false),
                    LinesTotal = table.Column<long>(type: "bigint", nullable: false),
                    TaxExcludedAmount = table.Column<long>(type: "bigint", nullable: false),
                    Tax = table.Column<long>(type: "bigint", nullable: false),
                    TaxIncludedAmount = table.Column<long>(type: "bigint", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceRateTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceRateTotals_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoicingRunProblems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicingRunProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicingRunProblems_InvoicingRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "InvoicingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "PaymentAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    AllocatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AllocatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAllocations_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentAllocations_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Appliances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Condition = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HardwareVendorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appliances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appliances_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, defaultValue: "StatusChanged")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractEvents_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractLetters_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    NextTermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    NextTermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Fee = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CancelBy = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    JapaneseEra = table.Column<bool>(type: "bit", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    PdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RecipientKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Recipients = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EmailQueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceLetters_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceLetters_GuidanceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "GuidanceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KittingTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SwapCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HardwareVendorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CompletedChecklist = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Carrier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ShippedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedDeliveryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KittingTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KittingTasks_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KittingTasks_Organisations_HardwareVendorId",
                        column: x => x.HardwareVendorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "PendingCharges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Article = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IncurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WaiverReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SettledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCharges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingCharges_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PendingCharges_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaseAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Marking = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Side = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ScanStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FulfilledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    QuestionKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Author = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AuthorSide = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Marking = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Marking = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ApplianceEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplianceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplianceEvents_Appliances_ApplianceId",
                        column: x => x.ApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceHealths",
                columns: table => new
                {
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClockSkewSeconds = table.Column<double>(type: "float", nullable: true),
                    LastHeartbeatAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CpuPercent = table.Column<double>(type: "float", nullable: true),
                    MemoryPercent = table.Column<double>(type: "float", nullable: true),
                    DiskPercent = table.Column<double>(type: "float", nullable: true),
                    UptimeSeconds = table.Column<long>(type: "bigint", nullable: true),
                    SoftwareVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    MonitoredEndpoints = table.Column<long>(type: "bigint", nullable: true),
                    RestartCount = table.Column<int>(type: "int", nullable: false),
                    LastRestartAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastStatsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    KernelPackets = table.Column<long>(type: "bigint", nullable: true),
                    KernelDrops = table.Column<long>(type: "bigint", nullable: true),
                    DecodedBytes = table.Column<long>(type: "bigint", nullable: true),
                    SensorUptimeSeconds = table.Column<long>(type: "bigint", nullable: true),
                    DropRatePercent = table.Column<double>(type: "float", nullable: true),
                    BandwidthMbps = table.Column<double>(type: "float", nullable: true),
                    LastTrafficAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastAlertAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Issues = table.Column<int>(type: "int", nullable: false),
                    StateSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastNotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceHealths", x => x.ApplianceId);
                    table.ForeignKey(
                        name: "FK_DeviceHealths_Appliances_ApplianceId",
                        column: x => x.ApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReturnTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HardwareVendorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReasonNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReturnFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ShippingPaidBy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Carrier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ShippedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Condition = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ConditionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LateExcuse = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Appliances_ApplianceId",
                        column: x => x.ApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnTasks_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SwapCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OldApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OldSerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    WhatHappened = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReportedInWritingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HealthAtOpening = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PartnerAttribution_Attribution = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PartnerAttribution_Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PartnerAttribution_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PartnerAttribution_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PartnerAttribution_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FinalAttribution_Attribution = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    FinalAttribution_Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FinalAttribution_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FinalAttribution_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinalAttribution_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SwapCost = table.Column<long>(type: "bigint", nullable: true),
                    ReplacementKittingTaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacementApplianceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacementSerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReplacementDeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OldUnitReturnDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outage_VendorAwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_RestoredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_FullDays = table.Column<int>(type: "int", nullable: true),
                    Outage_DayPrice = table.Column<long>(type: "bigint", nullable: true),
                    Outage_Amount = table.Column<long>(type: "bigint", nullable: true),
                    Outage_RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outage_RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    WithdrawnBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwapCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwapCases_Appliances_OldApplianceId",
                        column: x => x.OldApplianceId,
                        principalTable: "Appliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwapCases_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwapCases_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
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
                    Content_LineSpeedMbps = table.Column<long>(type: "bigint", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "SwapEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SwapCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ScanStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwapEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwapEvidence_SwapCases_SwapCaseId",
                        column: x => x.SwapCaseId,
                        principalTable: "SwapCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDailyCounts_Day_PartnerId",
                table: "AlertDailyCounts",
                columns: new[] { "Day", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplianceEvents_ApplianceId",
                table: "ApplianceEvents",
                column: "ApplianceId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_ContractId",
                table: "Appliances",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_HardwareVendorId",
                table: "Appliances",
                column: "HardwareVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_PartnerId",
                table: "Appliances",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_SerialNumber",
                table: "Appliances",
                column: "SerialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appliances_Status_ModelCode",
                table: "Appliances",
                columns: new[] { "Status", "ModelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_At_PartnerId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "At", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnerId_At",
                table: "AuditEntries",
                columns: new[] { "PartnerId", "At" });

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

            migrationBuilder.CreateIndex(
                name: "IX_CalendarAdjustments_CalendarCode_From",
                table: "CalendarAdjustments",
                columns: new[] { "CalendarCode", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractEvents_ContractId",
                table: "ContractEvents",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractEvents_PartnerId",
                table: "ContractEvents",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractLetters_ContractId",
                table: "ContractLetters",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractLetters_PartnerId",
                table: "ContractLetters",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractLetters_StorageKey",
                table: "ContractLetters",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerId",
                table: "Contracts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_EarlyEndNoticeId",
                table: "Contracts",
                column: "EarlyEndNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OrderedOn_Number",
                table: "Contracts",
                columns: new[] { "OrderedOn", "Number" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PartnerId_Status",
                table: "Contracts",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PolicyVersionId",
                table: "Contracts",
                column: "PolicyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status_CurrentTermEndsOn",
                table: "Contracts",
                columns: new[] { "Status", "CurrentTermEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_PartnerId_NameKana",
                table: "Customers",
                columns: new[] { "PartnerId", "NameKana" });

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_ContractId",
                table: "DataErasures",
                column: "ContractId",
                unique: true,
                filter: "[ContractId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_CustomerId_ContractId",
                table: "DataErasures",
                columns: new[] { "CustomerId", "ContractId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataErasures_PartnerId",
                table: "DataErasures",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceHealths_PartnerId_State",
                table: "DeviceHealths",
                columns: new[] { "PartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceStateChanges_ApplianceId_At",
                table: "DeviceStateChanges",
                columns: new[] { "ApplianceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DunningNotices_InvoiceId_Stage",
                table: "DunningNotices",
                columns: new[] { "InvoiceId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DunningNotices_PartnerId_SentOn",
                table: "DunningNotices",
                columns: new[] { "PartnerId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceBatches_FiscalYear_StartedAt",
                table: "GuidanceBatches",
                columns: new[] { "FiscalYear", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_BatchId",
                table: "GuidanceLetters",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_ContractId_FiscalYear",
                table: "GuidanceLetters",
                columns: new[] { "ContractId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceLetters_FiscalYear_PartnerId",
                table: "GuidanceLetters",
                columns: new[] { "FiscalYear", "PartnerId" });

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
                name: "IX_IngestedBatches_IngestedAt",
                table: "IngestedBatches",
                column: "IngestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceItems_InvoiceId",
                table: "InvoiceItems",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceItems_SourceContractId_SourceTerm",
                table: "InvoiceItems",
                columns: new[] { "SourceContractId", "SourceTerm" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceItems_SourcePendingChargeId",
                table: "InvoiceItems",
                column: "SourcePendingChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePdfs_PartnerId",
                table: "InvoicePdfs",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRateTotals_InvoiceId",
                table: "InvoiceRateTotals",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssuerId_Number",
                table: "Invoices",
                columns: new[] { "IssuerId", "Number" },
                unique: true,
                filter: "[Number] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OriginalInvoiceId",
                table: "Invoices",
                column: "OriginalInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_PartnerId_TransactionDate",
                table: "Invoices",
                columns: new[] { "PartnerId", "TransactionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_TransactionDate",
                table: "Invoices",
                column: "TransactionDate");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRunProblems_RunId",
                table: "InvoicingRunProblems",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_IssuerId",
                table: "InvoicingRuns",
                column: "IssuerId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_StartedAt",
                table: "InvoicingRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicingRuns_Year_Month",
                table: "InvoicingRuns",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalMappingSettings_Target",
                table: "JournalMappingSettings",
                column: "Target",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_ContractId",
                table: "KittingTasks",
                column: "ContractId",
                unique: true,
                filter: "SwapCaseId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_HardwareVendorId_Status",
                table: "KittingTasks",
                columns: new[] { "HardwareVendorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KittingTasks_SwapCaseId",
                table: "KittingTasks",
                column: "SwapCaseId",
                unique: true,
                filter: "[SwapCaseId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameKana",
                table: "Organisations",
                column: "NameKana");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_SentAt_Abandoned",
                table: "OutboundEmails",
                columns: new[] { "SentAt", "Abandoned" });

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
                name: "IX_ParameterSheetVersions_At",
                table: "ParameterSheetVersions",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSheetVersions_SheetId_Number",
                table: "ParameterSheetVersions",
                columns: new[] { "SheetId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayerNames_PartnerId_Key",
                table: "PayerNames",
                columns: new[] { "PartnerId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAllocations_InvoiceId",
                table: "PaymentAllocations",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAllocations_PaymentId",
                table: "PaymentAllocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_BankRecordIdentity",
                table: "Payments",
                column: "BankRecordIdentity",
                unique: true,
                filter: "[BankRecordIdentity] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PartnerId_ReceivedOn",
                table: "Payments",
                columns: new[] { "PartnerId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReceivedOn",
                table: "Payments",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReversalRecordIdentity",
                table: "Payments",
                column: "ReversalRecordIdentity",
                unique: true,
                filter: "[ReversalRecordIdentity] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PendingCharges_ContractId",
                table: "PendingCharges",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingCharges_PartnerId_Status",
                table: "PendingCharges",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingCharges_SourceId_Kind",
                table: "PendingCharges",
                columns: new[] { "SourceId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanPolicyVersions_PlanCode_EffectiveFrom",
                table: "PlanPolicyVersions",
                columns: new[] { "PlanCode", "EffectiveFrom" });

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

            migrationBuilder.CreateIndex(
                name: "IX_RequiredSoftwareVersions_ModelCode_EffectiveFrom",
                table: "RequiredSoftwareVersions",
                columns: new[] { "ModelCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_ApplianceId_Status",
                table: "ReturnTasks",
                columns: new[] { "ApplianceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_ContractId",
                table: "ReturnTasks",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_HardwareVendorId_Status",
                table: "ReturnTasks",
                columns: new[] { "HardwareVendorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_PartnerId_Status_Deadline",
                table: "ReturnTasks",
                columns: new[] { "PartnerId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnTasks_Status_Deadline",
                table: "ReturnTasks",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_ApplianceId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "ApplianceId", "Kind", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_CustomerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "CustomerId", "Kind", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_Kind_ObservedAt_ThreatClass_Severity",
                table: "SensorEvents",
                columns: new[] { "Kind", "ObservedAt", "ThreatClass", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_PartnerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "PartnerId", "Kind", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_ReceivedAt",
                table: "SensorEvents",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContactRecords_CustomerId",
                table: "ServiceContactRecords",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContactRecords_PartnerId",
                table: "ServiceContactRecords",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_NoticeId_PartnerId",
                table: "ServiceNoticeDeliveries",
                columns: new[] { "NoticeId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_OutboundEmailId",
                table: "ServiceNoticeDeliveries",
                column: "OutboundEmailId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNoticeDeliveries_WithdrawsLetterId",
                table: "ServiceNoticeDeliveries",
                column: "WithdrawsLetterId");

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
                name: "IX_ServiceNotices_CorrectsId",
                table: "ServiceNotices",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNotices_PublishedAt",
                table: "ServiceNotices",
                column: "PublishedAt");

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

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_ContractId",
                table: "SwapCases",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_OldApplianceId",
                table: "SwapCases",
                column: "OldApplianceId");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_OpenedAt",
                table: "SwapCases",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SwapCases_PartnerId_Status",
                table: "SwapCases",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SwapEvidence_PartnerId",
                table: "SwapEvidence",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SwapEvidence_StorageKey",
                table: "SwapEvidence",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SwapEvidence_SwapCaseId",
                table: "SwapEvidence",
                column: "SwapCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreatMappingRules_MatchBy_Pattern",
                table: "ThreatMappingRules",
                columns: new[] { "MatchBy", "Pattern" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDailyCounts");

            migrationBuilder.DropTable(
                name: "ApplianceEvents");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BankCancellations");

            migrationBuilder.DropTable(
                name: "CalendarAdjustments");

            migrationBuilder.DropTable(
                name: "ContractEvents");

            migrationBuilder.DropTable(
                name: "ContractLetters");

            migrationBuilder.DropTable(
                name: "DataErasures");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeviceHealths");

            migrationBuilder.DropTable(
                name: "DeviceStateChanges");

            migrationBuilder.DropTable(
                name: "DunningNotices");

            migrationBuilder.DropTable(
                name: "GuidanceLetters");

            migrationBuilder.DropTable(
                name: "HearingQuestions");

            migrationBuilder.DropTable(
                name: "IngestedBatches");

            migrationBuilder.DropTable(
                name: "InvoiceItems");

            migrationBuilder.DropTable(
                name: "InvoiceNumberCounters");

            migrationBuilder.DropTable(
                name: "InvoicePdfs");

            migrationBuilder.DropTable(
                name: "InvoiceRateTotals");

            migrationBuilder.DropTable(
                name: "InvoicingRunProblems");

            migrationBuilder.DropTable(
                name: "JournalMappingSettings");

            migrationBuilder.DropTable(
                name: "KittingTasks");

            migrationBuilder.DropTable(
                name: "ParameterSheetEvent");

            migrationBuilder.DropTable(
                name: "ParameterSheetVersions");

            migrationBuilder.DropTable(
                name: "PayerNames");

            migrationBuilder.DropTable(
                name: "PaymentAllocations");

            migrationBuilder.DropTable(
                name: "PendingCharges");

            migrationBuilder.DropTable(
                name: "PriceLists");

            migrationBuilder.DropTable(
                name: "Quotes");

            migrationBuilder.DropTable(
                name: "RequiredSoftwareVersions");

            migrationBuilder.DropTable(
                name: "RetailInvoicingProfiles");

            migrationBuilder.DropTable(
                name: "ReturnTasks");

            migrationBuilder.DropTable(
                name: "SensorEvents");

            migrationBuilder.DropTable(
                name: "ServiceContactRecords");

            migrationBuilder.DropTable(
                name: "ServiceNoticeDeliveries");

            migrationBuilder.DropTable(
                name: "ServiceNoticePartners");

            migrationBuilder.DropTable(
                name: "ServiceNoticeRecipients");

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
                name: "SwapEvidence");

            migrationBuilder.DropTable(
                name: "ThreatMappingRules");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "GuidanceBatches");

            migrationBuilder.DropTable(
                name: "HearingSheetTemplates");

            migrationBuilder.DropTable(
                name: "InvoicingRuns");

            migrationBuilder.DropTable(
                name: "ParameterSheets");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "OutboundEmails");

            migrationBuilder.DropTable(
                name: "ServiceNotices");

            migrationBuilder.DropTable(
                name: "SupportCases");

            migrationBuilder.DropTable(
                name: "SwapCases");

            migrationBuilder.DropTable(
                name: "Appliances");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "PlanPolicyVersions");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
