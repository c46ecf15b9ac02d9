using Microsoft.EntityFrameworkCore;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

/// <summary>The production provider; migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerHubDbContext(DbContextOptions<SqlServerHubDbContext> options, TenantScope tenant, TimeProvider timeProvider)
    : HubDbContext(options, tenant, timeProvider);
