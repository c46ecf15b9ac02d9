using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAuditSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Raw SQL: the audit trail's key table (mapped, excluded from migrations), its triggers, and the entries already
            // there copied into it (docs/search.md).
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.AddAuditKeys(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PartnerHub.Infrastructure.Search.SqliteTextSearchSchema.RemoveAuditKeys(migrationBuilder);
        }
    }
}
