using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddDeviceTelemetry : Migration
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
                    Abandoned = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundEmails", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_AlertDailyCounts_Day_PartnerId",
                table: "AlertDailyCounts",
                columns: new[] { "Day", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceHealths_PartnerId_State",
                table: "DeviceHealths",
                columns: new[] { "PartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceStateChanges_ApplianceId_At",
                table: "DeviceStateChanges",
                columns: new[] { "ApplianceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedBatches_IngestedAt",
                table: "IngestedBatches",
                column: "IngestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_SentAt_Abandoned",
                table: "OutboundEmails",
                columns: new[] { "SentAt", "Abandoned" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_ApplianceId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "ApplianceId", "Kind", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "Kind", "ObservedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDailyCounts");

            migrationBuilder.DropTable(
                name: "DeviceHealths");

            migrationBuilder.DropTable(
                name: "DeviceStateChanges");

            migrationBuilder.DropTable(
                name: "IngestedBatches");

            migrationBuilder.DropTable(
                name: "OutboundEmails");

            migrationBuilder.DropTable(
                name: "SensorEvents");
        }
    }
}
