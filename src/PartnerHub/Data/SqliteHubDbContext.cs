using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerHub.Infrastructure.Search;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

/// <summary>The embedded default provider; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options, TenantScope tenant, TimeProvider timeProvider)
    : HubDbContext(options, tenant, timeProvider)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; store instants as sortable binary (EF docs, SQLite limitations).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        // Written by the search triggers, created by raw SQL (SqliteTextSearchSchema): the model only reads it.
        builder.Entity<AlertSearchRow>(row =>
        {
            row.ToTable("AlertSearchRows", table => table.ExcludeFromMigrations());
            row.HasKey(r => r.Id);
            row.Property(r => r.Id).ValueGeneratedNever();
            row.Property(r => r.ThreatClass).HasConversion<string>();
            row.Property(r => r.Severity).HasConversion<string>();
            row.HasQueryFilter(r => SeesAllPartners || (r.PartnerId != null && r.PartnerId == TenantPartnerId));
        });
        builder.Entity<AuditSearchRow>(row =>
        {
            row.ToTable("AuditSearchRows", table => table.ExcludeFromMigrations());
            row.HasKey(r => r.Id);
            row.Property(r => r.Id).ValueGeneratedNever();
            // The same filter as AuditEntries: desk-internal entries (no partner) never reach a partner's search.
            row.HasQueryFilter(r => SeesAllPartners || (r.PartnerId != null && r.PartnerId == TenantPartnerId));
        });
    }
}
