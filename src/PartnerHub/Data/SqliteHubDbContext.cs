using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
}
