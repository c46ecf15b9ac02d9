using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

// `dotnet ef` builds each provider's context here, so migrations never need a running app or server.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite("Data Source=design.db").Options, TenantScope.System, TimeProvider.System);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHubDbContext>
{
    public SqlServerHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerHubDbContext>().UseSqlServer("Server=.;Database=PartnerHub;Trusted_Connection=True;TrustServerCertificate=True").Options, TenantScope.System, TimeProvider.System);
}
