using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTextSearchAndSlaDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FirstAnswerDueAt",
                table: "SupportCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SensorEvents_CustomerId_Kind_ObservedAt",
                table: "SensorEvents",
                columns: new[] { "CustomerId", "Kind", "ObservedAt" });

            // Raw SQL the model cannot express: FTS5 trigram tables and their triggers (docs/search.md).
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_SensorEvents_CustomerId_Kind_ObservedAt",
                table: "SensorEvents");

            migrationBuilder.DropColumn(
                name: "FirstAnswerDueAt",
                table: "SupportCases");
        }
    }
}
