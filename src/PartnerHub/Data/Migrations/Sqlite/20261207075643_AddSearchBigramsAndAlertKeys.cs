using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSearchBigramsAndAlertKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Raw SQL the model cannot express: bigram FTS tables, the alerts' key table (mapped, excluded from migrations),
            // the triggers for all of them, and the rows already there indexed (docs/search.md).
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.AddBigramsAndAlertKeys(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.RemoveBigramsAndAlertKeys(migrationBuilder);
        }
    }
}
