using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

public static class HubDataRegistration
{
    /// <summary>The database (provider by configuration), tenant scoping, Data Protection keys in the database.</summary>
    public static IServiceCollection AddHubData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HubDbContextOptions>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<HubDbContextFactory>();
        services.AddScoped<IDbContextFactory<HubDbContext>>(sp => sp.GetRequiredService<HubDbContextFactory>());

        // Identity's stores and Data Protection resolve the context from DI: they work on accounts and keys across
        // organisations by design (a login has no tenant yet), so they see across tenants; the audit trail still names
        // the signed-in user. Feature code uses the tenant-scoped factory, never this registration.
        services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<HubDbContextFactory>().CreateElevatedContext());
        services.AddDataProtection()
            .SetApplicationName("PartnerHub")
            .PersistKeysToDbContext<HubDbContext>();

        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<SqliteOptimizeJob>();
        services.AddSingleton<IDataRepair, Infrastructure.Search.SqliteTextSearchRepair>();
        services.AddOptions<Infrastructure.Search.SearchOptions>()
            .BindConfiguration(Infrastructure.Search.SearchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}
