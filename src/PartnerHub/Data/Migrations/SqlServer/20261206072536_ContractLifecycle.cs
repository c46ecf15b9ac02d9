using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContractLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CurrentTerm",
                table: "Contracts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CurrentTermEndsOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarlyEndCause",
                table: "Contracts",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarlyEndOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarlyEndReason",
                table: "Contracts",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarlyEndRequestedOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NonRenewalForwardedOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NonRenewalLetterId",
                table: "Contracts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NonRenewalReceivedByPartnerOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceEndedOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceStartOn",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ContractEvents",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "StatusChanged");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status_CurrentTermEndsOn",
                table: "Contracts",
                columns: new[] { "Status", "CurrentTermEndsOn" });

            // The status "ending at term end" now covers every known last day (notice, early end, abolition).
            migrationBuilder.Sql("UPDATE Contracts SET Status = 'Ending' WHERE Status = 'EndingAtTermEnd'");
            migrationBuilder.Sql("UPDATE ContractEvents SET Status = 'Ending' WHERE Status = 'EndingAtTermEnd'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Contracts SET Status = 'EndingAtTermEnd' WHERE Status = 'Ending'");
            migrationBuilder.Sql("UPDATE ContractEvents SET Status = 'EndingAtTermEnd' WHERE Status = 'Ending'");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_Status_CurrentTermEndsOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "CurrentTerm",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "CurrentTermEndsOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "EarlyEndCause",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "EarlyEndOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "EarlyEndReason",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "EarlyEndRequestedOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "NonRenewalForwardedOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "NonRenewalLetterId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "NonRenewalReceivedByPartnerOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "ServiceEndedOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "ServiceStartOn",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ContractEvents");
        }
    }
}
