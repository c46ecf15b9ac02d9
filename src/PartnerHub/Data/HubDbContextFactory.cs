using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

/// <summary>
/// Creates one context per operation (Blazor Server guidance) for the configured provider, scoped to the
/// signed-in user's tenant. Features take <see cref="IDbContextFactory{HubDbContext}"/>; only Identity and
/// start-up code get a system-scoped context.
/// </summary>
public sealed class HubDbContextFactory(HubDbContextOptions options, CurrentUser currentUser, TimeProvider timeProvider)
    : IDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext() => options.Create(currentUser.Scope, timeProvider);

    public HubDbContext CreateSystemContext() => options.Create(TenantScope.System, timeProvider);

    /// <summary>Across tenants but recorded in the audit trail as the signed-in user (Identity's stores).</summary>
    public HubDbContext CreateElevatedContext() => options.Create(currentUser.Scope.Elevated(), timeProvider);
}

/// <summary>The provider-specific context options, built once (singleton).</summary>
public sealed class HubDbContextOptions
{
    private readonly DbContextOptions<SqliteHubDbContext>? _sqlite;
    private readonly DbContextOptions<SqlServerHubDbContext>? _sqlServer;

    public HubDbContextOptions(IOptions<DatabaseOptions> databaseOptions, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(databaseOptions);
        var settings = databaseOptions.Value;
        Provider = settings.Provider;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                _sqlite = new DbContextOptionsBuilder<SqliteHubDbContext>()
                    .UseSqlite(settings.ConnectionString)
                    .UseLoggerFactory(loggerFactory)
                    .Options;
                break;
            case DatabaseProvider.SqlServer:
                _sqlServer = new DbContextOptionsBuilder<SqlServerHubDbContext>()
                    .UseSqlServer(settings.ConnectionString, sql => sql.EnableRetryOnFailure())
                    .UseLoggerFactory(loggerFactory)
                    .Options;
                break;
        }
    }

    public DatabaseProvider Provider { get; }

    public HubDbContext Create(TenantScope scope, TimeProvider timeProvider) => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteHubDbContext(_sqlite!, scope, timeProvider),
        DatabaseProvider.SqlServer => new SqlServerHubDbContext(_sqlServer!, scope, timeProvider),
    };
}
