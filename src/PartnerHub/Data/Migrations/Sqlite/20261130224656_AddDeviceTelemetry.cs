using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
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
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ThreatClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDailyCounts", x => new { x.ApplianceId, x.Day, x.ThreatClass });
                });

            migrationBuilder.CreateTable(
                name: "DeviceHealths",
                columns: table => new
                {
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastHeartbeatAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CpuPercent = table.Column<double>(type: "REAL", nullable: true),
                    MemoryPercent = table.Column<double>(type: "REAL", nullable: true),
                    DiskPercent = table.Column<double>(type: "REAL", nullable: true),
                    UptimeSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    SoftwareVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MonitoredEndpoints = table.Column<long>(type: "INTEGER", nullable: true),
                    RestartCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRestartAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    KernelPackets = table.Column<long>(type: "INTEGER", nullable: true),
                    KernelDrops = table.Column<long>(type: "INTEGER", nullable: true),
                    DecodedBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    SensorUptimeSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    DropRatePercent = table.Column<double>(type: "REAL", nullable: true),
                    BandwidthMbps = table.Column<double>(type: "REAL", nullable: true),
                    LastTrafficAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAlertAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Issues = table.Column<int>(type: "INTEGER", nullable: false),
                    StateSince = table.Column<long>(type: "INTEGER", nullable: true),
                    LastNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Issues = table.Column<int>(type: "INTEGER", nullable: false),
                    Restart = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceStateChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestedBatches",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BridgeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IngestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedBatches", x => x.BatchId);
                });

            migrationBuilder.CreateTable(
                name: "OutboundEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Abandoned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SensorEvents",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplianceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplianceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EveEventType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObservedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IngestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignatureId = table.Column<long>(type: "INTEGER", nullable: true),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ThreatClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ThreatKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SourceIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourcePort = table.Column<int>(type: "INTEGER", nullable: true),
                    DestinationIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DestinationPort = table.Column<int>(type: "INTEGER", nullable: true),
                    Protocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AppProtocol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UptimeSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    RawJson = table.Column<string>(type: "TEXT", nullable: false)
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
